/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ask_Made_InInputs */

const en_ask_made_in = /** @type {(inputs: Ask_Made_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Made in`)
};

const ru_ask_made_in = /** @type {(inputs: Ask_Made_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Где высказано`)
};

const kk_ask_made_in = /** @type {(inputs: Ask_Made_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қайда айтылған`)
};

/**
* | output |
* | --- |
* | "Made in" |
*
* @param {Ask_Made_InInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const ask_made_in = /** @type {((inputs?: Ask_Made_InInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ask_Made_InInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_ask_made_in(inputs)
	if (locale === "kk") return kk_ask_made_in(inputs)
	return en_ask_made_in(inputs)
});