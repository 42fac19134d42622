/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Cases_LawInputs */

const en_list_cases_law = /** @type {(inputs: List_Cases_LawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cases under one law`)
};

const ru_list_cases_law = /** @type {(inputs: List_Cases_LawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Случаи по одному закону`)
};

const kk_list_cases_law = /** @type {(inputs: List_Cases_LawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бір заң бойынша жағдайлар`)
};

/**
* | output |
* | --- |
* | "Cases under one law" |
*
* @param {List_Cases_LawInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_cases_law = /** @type {((inputs?: List_Cases_LawInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Cases_LawInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_cases_law(inputs)
	if (locale === "kk") return kk_list_cases_law(inputs)
	return en_list_cases_law(inputs)
});