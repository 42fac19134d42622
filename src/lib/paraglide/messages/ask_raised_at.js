/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ask_Raised_AtInputs */

const en_ask_raised_at = /** @type {(inputs: Ask_Raised_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Raised at`)
};

const ru_ask_raised_at = /** @type {(inputs: Ask_Raised_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поднято на`)
};

const kk_ask_raised_at = /** @type {(inputs: Ask_Raised_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қайда көтерілген`)
};

/**
* | output |
* | --- |
* | "Raised at" |
*
* @param {Ask_Raised_AtInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const ask_raised_at = /** @type {((inputs?: Ask_Raised_AtInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ask_Raised_AtInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_ask_raised_at(inputs)
	if (locale === "kk") return kk_ask_raised_at(inputs)
	return en_ask_raised_at(inputs)
});