/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Verification_VerifiedInputs */

const en_verification_verified = /** @type {(inputs: Verification_VerifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verified`)
};

const ru_verification_verified = /** @type {(inputs: Verification_VerifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проверено`)
};

const kk_verification_verified = /** @type {(inputs: Verification_VerifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тексерілген`)
};

/**
* | output |
* | --- |
* | "Verified" |
*
* @param {Verification_VerifiedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const verification_verified = /** @type {((inputs?: Verification_VerifiedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Verification_VerifiedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_verification_verified(inputs)
	if (locale === "kk") return kk_verification_verified(inputs)
	return en_verification_verified(inputs)
});