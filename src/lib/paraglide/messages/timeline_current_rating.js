/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ rating: NonNullable<unknown> }} Timeline_Current_RatingInputs */

const en_timeline_current_rating = /** @type {(inputs: Timeline_Current_RatingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Current rating: **${i?.rating}**`)
};

const ru_timeline_current_rating = /** @type {(inputs: Timeline_Current_RatingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Текущая оценка: **${i?.rating}**`)
};

const kk_timeline_current_rating = /** @type {(inputs: Timeline_Current_RatingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ағымдағы бағасы: **${i?.rating}**`)
};

/**
* | output |
* | --- |
* | "Current rating: **{rating}**" |
*
* @param {Timeline_Current_RatingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_current_rating = /** @type {((inputs: Timeline_Current_RatingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Current_RatingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_current_rating(inputs)
	if (locale === "kk") return kk_timeline_current_rating(inputs)
	return en_timeline_current_rating(inputs)
});