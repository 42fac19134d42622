/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_BrushInputs */

const en_timeline_brush = /** @type {(inputs: Timeline_BrushInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Period shown (arrow keys move it)`)
};

const ru_timeline_brush = /** @type {(inputs: Timeline_BrushInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показанный период (двигается клавишами со стрелками)`)
};

const kk_timeline_brush = /** @type {(inputs: Timeline_BrushInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Көрсетілген кезең (бағыт пернелерімен жылжиды)`)
};

/**
* | output |
* | --- |
* | "Period shown (arrow keys move it)" |
*
* @param {Timeline_BrushInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_brush = /** @type {((inputs?: Timeline_BrushInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_BrushInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_brush(inputs)
	if (locale === "kk") return kk_timeline_brush(inputs)
	return en_timeline_brush(inputs)
});