/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Verification_ReportedInputs */

const en_verification_reported = /** @type {(inputs: Verification_ReportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reported`)
};

const ru_verification_reported = /** @type {(inputs: Verification_ReportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сообщено`)
};

const kk_verification_reported = /** @type {(inputs: Verification_ReportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Хабарланған`)
};

/**
* | output |
* | --- |
* | "Reported" |
*
* @param {Verification_ReportedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const verification_reported = /** @type {((inputs?: Verification_ReportedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Verification_ReportedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_verification_reported(inputs)
	if (locale === "kk") return kk_verification_reported(inputs)
	return en_verification_reported(inputs)
});