/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Type_ImprisonmentInputs */

const en_case_type_imprisonment = /** @type {(inputs: Case_Type_ImprisonmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imprisonment`)
};

const ru_case_type_imprisonment = /** @type {(inputs: Case_Type_ImprisonmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Лишение свободы`)
};

const kk_case_type_imprisonment = /** @type {(inputs: Case_Type_ImprisonmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бас бостандығынан айыру`)
};

/**
* | output |
* | --- |
* | "Imprisonment" |
*
* @param {Case_Type_ImprisonmentInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_type_imprisonment = /** @type {((inputs?: Case_Type_ImprisonmentInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Type_ImprisonmentInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_type_imprisonment(inputs)
	if (locale === "kk") return kk_case_type_imprisonment(inputs)
	return en_case_type_imprisonment(inputs)
});