/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ask_Made_ForInputs */

const en_ask_made_for = /** @type {(inputs: Ask_Made_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Made for`)
};

const ru_ask_made_for = /** @type {(inputs: Ask_Made_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подготовлено к`)
};

const kk_ask_made_for = /** @type {(inputs: Ask_Made_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Неге арналған`)
};

/**
* | output |
* | --- |
* | "Made for" |
*
* @param {Ask_Made_ForInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const ask_made_for = /** @type {((inputs?: Ask_Made_ForInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ask_Made_ForInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_ask_made_for(inputs)
	if (locale === "kk") return kk_ask_made_for(inputs)
	return en_ask_made_for(inputs)
});