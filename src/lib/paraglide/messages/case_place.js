/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_PlaceInputs */

const en_case_place = /** @type {(inputs: Case_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Place`)
};

const ru_case_place = /** @type {(inputs: Case_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Место`)
};

const kk_case_place = /** @type {(inputs: Case_PlaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Орны`)
};

/**
* | output |
* | --- |
* | "Place" |
*
* @param {Case_PlaceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_place = /** @type {((inputs?: Case_PlaceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_PlaceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_place(inputs)
	if (locale === "kk") return kk_case_place(inputs)
	return en_case_place(inputs)
});