/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_AsksInputs */

const en_nav_asks = /** @type {(inputs: Nav_AsksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asks`)
};

const ru_nav_asks = /** @type {(inputs: Nav_AsksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Требования`)
};

const kk_nav_asks = /** @type {(inputs: Nav_AsksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Талаптар`)
};

/**
* | output |
* | --- |
* | "Asks" |
*
* @param {Nav_AsksInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const nav_asks = /** @type {((inputs?: Nav_AsksInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_AsksInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_nav_asks(inputs)
	if (locale === "kk") return kk_nav_asks(inputs)
	return en_nav_asks(inputs)
});