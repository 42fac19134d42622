/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Cases_TitleInputs */

const en_list_cases_title = /** @type {(inputs: List_Cases_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Documented cases`)
};

const ru_list_cases_title = /** @type {(inputs: List_Cases_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Задокументированные случаи`)
};

const kk_list_cases_title = /** @type {(inputs: List_Cases_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Құжатталған жағдайлар`)
};

/**
* | output |
* | --- |
* | "Documented cases" |
*
* @param {List_Cases_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_cases_title = /** @type {((inputs?: List_Cases_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Cases_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_cases_title(inputs)
	if (locale === "kk") return kk_list_cases_title(inputs)
	return en_list_cases_title(inputs)
});