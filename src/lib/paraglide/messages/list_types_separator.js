/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Types_SeparatorInputs */

const en_list_types_separator = /** @type {(inputs: List_Types_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` and `)
};

const ru_list_types_separator = /** @type {(inputs: List_Types_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` и `)
};

const kk_list_types_separator = /** @type {(inputs: List_Types_SeparatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` және `)
};

/**
* | output |
* | --- |
* | "and" |
*
* @param {List_Types_SeparatorInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_types_separator = /** @type {((inputs?: List_Types_SeparatorInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Types_SeparatorInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_types_separator(inputs)
	if (locale === "kk") return kk_list_types_separator(inputs)
	return en_list_types_separator(inputs)
});