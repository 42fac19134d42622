/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_EmptyInputs */

const en_timeline_empty = /** @type {(inputs: Timeline_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No published events in this period.`)
};

const ru_timeline_empty = /** @type {(inputs: Timeline_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`За этот период нет опубликованных событий.`)
};

const kk_timeline_empty = /** @type {(inputs: Timeline_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл кезеңде жарияланған оқиғалар жоқ.`)
};

/**
* | output |
* | --- |
* | "No published events in this period." |
*
* @param {Timeline_EmptyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_empty = /** @type {((inputs?: Timeline_EmptyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_EmptyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_empty(inputs)
	if (locale === "kk") return kk_timeline_empty(inputs)
	return en_timeline_empty(inputs)
});