/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Type_DetentionInputs */

const en_case_type_detention = /** @type {(inputs: Case_Type_DetentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detention`)
};

const ru_case_type_detention = /** @type {(inputs: Case_Type_DetentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Задержание`)
};

const kk_case_type_detention = /** @type {(inputs: Case_Type_DetentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ұстау`)
};

/**
* | output |
* | --- |
* | "Detention" |
*
* @param {Case_Type_DetentionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_type_detention = /** @type {((inputs?: Case_Type_DetentionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Type_DetentionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_type_detention(inputs)
	if (locale === "kk") return kk_case_type_detention(inputs)
	return en_case_type_detention(inputs)
});