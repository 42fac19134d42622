/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_VerificationInputs */

const en_case_verification = /** @type {(inputs: Case_VerificationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verification`)
};

const ru_case_verification = /** @type {(inputs: Case_VerificationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проверка`)
};

const kk_case_verification = /** @type {(inputs: Case_VerificationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тексеру`)
};

/**
* | output |
* | --- |
* | "Verification" |
*
* @param {Case_VerificationInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_verification = /** @type {((inputs?: Case_VerificationInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_VerificationInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_verification(inputs)
	if (locale === "kk") return kk_case_verification(inputs)
	return en_case_verification(inputs)
});