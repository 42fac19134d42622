/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glance_By_RatingInputs */

const en_glance_by_rating = /** @type {(inputs: Glance_By_RatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledges by current rating`)
};

const ru_glance_by_rating = /** @type {(inputs: Glance_By_RatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещания по текущей оценке`)
};

const kk_glance_by_rating = /** @type {(inputs: Glance_By_RatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ағымдағы бағасы бойынша уәделер`)
};

/**
* | output |
* | --- |
* | "Pledges by current rating" |
*
* @param {Glance_By_RatingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const glance_by_rating = /** @type {((inputs?: Glance_By_RatingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glance_By_RatingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_glance_by_rating(inputs)
	if (locale === "kk") return kk_glance_by_rating(inputs)
	return en_glance_by_rating(inputs)
});