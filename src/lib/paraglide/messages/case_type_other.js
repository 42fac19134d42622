/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Type_OtherInputs */

const en_case_type_other = /** @type {(inputs: Case_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other`)
};

const ru_case_type_other = /** @type {(inputs: Case_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Другое`)
};

const kk_case_type_other = /** @type {(inputs: Case_Type_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Басқа`)
};

/**
* | output |
* | --- |
* | "Other" |
*
* @param {Case_Type_OtherInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_type_other = /** @type {((inputs?: Case_Type_OtherInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Type_OtherInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_type_other(inputs)
	if (locale === "kk") return kk_case_type_other(inputs)
	return en_case_type_other(inputs)
});