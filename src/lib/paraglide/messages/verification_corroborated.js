/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Verification_CorroboratedInputs */

const en_verification_corroborated = /** @type {(inputs: Verification_CorroboratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Corroborated`)
};

const ru_verification_corroborated = /** @type {(inputs: Verification_CorroboratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подтверждено другими источниками`)
};

const kk_verification_corroborated = /** @type {(inputs: Verification_CorroboratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Басқа дереккөздермен расталған`)
};

/**
* | output |
* | --- |
* | "Corroborated" |
*
* @param {Verification_CorroboratedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const verification_corroborated = /** @type {((inputs?: Verification_CorroboratedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Verification_CorroboratedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_verification_corroborated(inputs)
	if (locale === "kk") return kk_verification_corroborated(inputs)
	return en_verification_corroborated(inputs)
});