/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ask_WhenInputs */

const en_ask_when = /** @type {(inputs: Ask_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

const ru_ask_when = /** @type {(inputs: Ask_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Когда`)
};

const kk_ask_when = /** @type {(inputs: Ask_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қашан`)
};

/**
* | output |
* | --- |
* | "When" |
*
* @param {Ask_WhenInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const ask_when = /** @type {((inputs?: Ask_WhenInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ask_WhenInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_ask_when(inputs)
	if (locale === "kk") return kk_ask_when(inputs)
	return en_ask_when(inputs)
});