/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Type_ProsecutionInputs */

const en_case_type_prosecution = /** @type {(inputs: Case_Type_ProsecutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prosecution`)
};

const ru_case_type_prosecution = /** @type {(inputs: Case_Type_ProsecutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уголовное преследование`)
};

const kk_case_type_prosecution = /** @type {(inputs: Case_Type_ProsecutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қылмыстық қудалау`)
};

/**
* | output |
* | --- |
* | "Prosecution" |
*
* @param {Case_Type_ProsecutionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_type_prosecution = /** @type {((inputs?: Case_Type_ProsecutionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Type_ProsecutionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_type_prosecution(inputs)
	if (locale === "kk") return kk_case_type_prosecution(inputs)
	return en_case_type_prosecution(inputs)
});