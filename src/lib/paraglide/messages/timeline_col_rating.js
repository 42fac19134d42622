/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Col_RatingInputs */

const en_timeline_col_rating = /** @type {(inputs: Timeline_Col_RatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rating or link`)
};

const ru_timeline_col_rating = /** @type {(inputs: Timeline_Col_RatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оценка или связь`)
};

const kk_timeline_col_rating = /** @type {(inputs: Timeline_Col_RatingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Баға немесе байланыс`)
};

/**
* | output |
* | --- |
* | "Rating or link" |
*
* @param {Timeline_Col_RatingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_col_rating = /** @type {((inputs?: Timeline_Col_RatingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Col_RatingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_col_rating(inputs)
	if (locale === "kk") return kk_timeline_col_rating(inputs)
	return en_timeline_col_rating(inputs)
});