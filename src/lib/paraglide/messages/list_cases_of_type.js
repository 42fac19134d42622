/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ types: NonNullable<unknown> }} List_Cases_Of_TypeInputs */

const en_list_cases_of_type = /** @type {(inputs: List_Cases_Of_TypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.types} cases`)
};

const ru_list_cases_of_type = /** @type {(inputs: List_Cases_Of_TypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Случаи: ${i?.types}`)
};

const kk_list_cases_of_type = /** @type {(inputs: List_Cases_Of_TypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Жағдайлар: ${i?.types}`)
};

/**
* | output |
* | --- |
* | "{types} cases" |
*
* @param {List_Cases_Of_TypeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_cases_of_type = /** @type {((inputs: List_Cases_Of_TypeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Cases_Of_TypeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_cases_of_type(inputs)
	if (locale === "kk") return kk_list_cases_of_type(inputs)
	return en_list_cases_of_type(inputs)
});