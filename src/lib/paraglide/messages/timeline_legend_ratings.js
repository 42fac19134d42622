/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Legend_RatingsInputs */

const en_timeline_legend_ratings = /** @type {(inputs: Timeline_Legend_RatingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledges, by current rating`)
};

const ru_timeline_legend_ratings = /** @type {(inputs: Timeline_Legend_RatingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещания по текущей оценке`)
};

const kk_timeline_legend_ratings = /** @type {(inputs: Timeline_Legend_RatingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ағымдағы бағасы бойынша уәделер`)
};

/**
* | output |
* | --- |
* | "Pledges, by current rating" |
*
* @param {Timeline_Legend_RatingsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_legend_ratings = /** @type {((inputs?: Timeline_Legend_RatingsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Legend_RatingsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_legend_ratings(inputs)
	if (locale === "kk") return kk_timeline_legend_ratings(inputs)
	return en_timeline_legend_ratings(inputs)
});