/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Site_Sign_InInputs */

const en_site_sign_in = /** @type {(inputs: Site_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

const ru_site_sign_in = /** @type {(inputs: Site_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Войти`)
};

const kk_site_sign_in = /** @type {(inputs: Site_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кіру`)
};

/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Site_Sign_InInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const site_sign_in = /** @type {((inputs?: Site_Sign_InInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Sign_InInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_site_sign_in(inputs)
	if (locale === "kk") return kk_site_sign_in(inputs)
	return en_site_sign_in(inputs)
});