/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ years: NonNullable<unknown> }} Timeline_ShowingInputs */

const en_timeline_showing = /** @type {(inputs: Timeline_ShowingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Showing ${i?.years}`)
};

const ru_timeline_showing = /** @type {(inputs: Timeline_ShowingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Показано: ${i?.years}`)
};

const kk_timeline_showing = /** @type {(inputs: Timeline_ShowingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Көрсетілген: ${i?.years}`)
};

/**
* | output |
* | --- |
* | "Showing {years}" |
*
* @param {Timeline_ShowingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_showing = /** @type {((inputs: Timeline_ShowingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_ShowingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_showing(inputs)
	if (locale === "kk") return kk_timeline_showing(inputs)
	return en_timeline_showing(inputs)
});