/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rating_CompromiseInputs */

const en_rating_compromise = /** @type {(inputs: Rating_CompromiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compromise`)
};

const ru_rating_compromise = /** @type {(inputs: Rating_CompromiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Компромисс`)
};

const kk_rating_compromise = /** @type {(inputs: Rating_CompromiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ымыра`)
};

/**
* | output |
* | --- |
* | "Compromise" |
*
* @param {Rating_CompromiseInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const rating_compromise = /** @type {((inputs?: Rating_CompromiseInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rating_CompromiseInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_rating_compromise(inputs)
	if (locale === "kk") return kk_rating_compromise(inputs)
	return en_rating_compromise(inputs)
});