/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Empty_FilteredInputs */

const en_timeline_empty_filtered = /** @type {(inputs: Timeline_Empty_FilteredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No published events match the filter in this period.`)
};

const ru_timeline_empty_filtered = /** @type {(inputs: Timeline_Empty_FilteredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`За этот период нет опубликованных событий, подходящих под фильтр.`)
};

const kk_timeline_empty_filtered = /** @type {(inputs: Timeline_Empty_FilteredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл кезеңде сүзгіге сәйкес келетін жарияланған оқиғалар жоқ.`)
};

/**
* | output |
* | --- |
* | "No published events match the filter in this period." |
*
* @param {Timeline_Empty_FilteredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_empty_filtered = /** @type {((inputs?: Timeline_Empty_FilteredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Empty_FilteredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_empty_filtered(inputs)
	if (locale === "kk") return kk_timeline_empty_filtered(inputs)
	return en_timeline_empty_filtered(inputs)
});