/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rating_KeptInputs */

const en_rating_kept = /** @type {(inputs: Rating_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kept`)
};

const ru_rating_kept = /** @type {(inputs: Rating_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выполнено`)
};

const kk_rating_kept = /** @type {(inputs: Rating_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Орындалды`)
};

/**
* | output |
* | --- |
* | "Kept" |
*
* @param {Rating_KeptInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const rating_kept = /** @type {((inputs?: Rating_KeptInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rating_KeptInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_rating_kept(inputs)
	if (locale === "kk") return kk_rating_kept(inputs)
	return en_rating_kept(inputs)
});