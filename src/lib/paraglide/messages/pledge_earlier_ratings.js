/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_Earlier_RatingsInputs */

const en_pledge_earlier_ratings = /** @type {(inputs: Pledge_Earlier_RatingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Earlier ratings`)
};

const ru_pledge_earlier_ratings = /** @type {(inputs: Pledge_Earlier_RatingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Прежние оценки`)
};

const kk_pledge_earlier_ratings = /** @type {(inputs: Pledge_Earlier_RatingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұрынғы бағалар`)
};

/**
* | output |
* | --- |
* | "Earlier ratings" |
*
* @param {Pledge_Earlier_RatingsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_earlier_ratings = /** @type {((inputs?: Pledge_Earlier_RatingsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_Earlier_RatingsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_earlier_ratings(inputs)
	if (locale === "kk") return kk_pledge_earlier_ratings(inputs)
	return en_pledge_earlier_ratings(inputs)
});