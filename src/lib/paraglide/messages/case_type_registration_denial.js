/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Type_Registration_DenialInputs */

const en_case_type_registration_denial = /** @type {(inputs: Case_Type_Registration_DenialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Registration denial`)
};

const ru_case_type_registration_denial = /** @type {(inputs: Case_Type_Registration_DenialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отказ в регистрации`)
};

const kk_case_type_registration_denial = /** @type {(inputs: Case_Type_Registration_DenialInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тіркеуден бас тарту`)
};

/**
* | output |
* | --- |
* | "Registration denial" |
*
* @param {Case_Type_Registration_DenialInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_type_registration_denial = /** @type {((inputs?: Case_Type_Registration_DenialInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Type_Registration_DenialInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_type_registration_denial(inputs)
	if (locale === "kk") return kk_case_type_registration_denial(inputs)
	return en_case_type_registration_denial(inputs)
});