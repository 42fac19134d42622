/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ country: NonNullable<unknown> }} Country_Feed_TitleInputs */

const en_country_feed_title = /** @type {(inputs: Country_Feed_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: new cases and rating changes`)
};

const ru_country_feed_title = /** @type {(inputs: Country_Feed_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: новые случаи и изменения оценок`)
};

const kk_country_feed_title = /** @type {(inputs: Country_Feed_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: жаңа жағдайлар мен бағаның өзгерістері`)
};

/**
* | output |
* | --- |
* | "{country}: new cases and rating changes" |
*
* @param {Country_Feed_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_feed_title = /** @type {((inputs: Country_Feed_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_Feed_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_feed_title(inputs)
	if (locale === "kk") return kk_country_feed_title(inputs)
	return en_country_feed_title(inputs)
});