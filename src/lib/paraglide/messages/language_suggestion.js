/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ language: NonNullable<unknown> }} Language_SuggestionInputs */

const en_language_suggestion = /** @type {(inputs: Language_SuggestionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This page is also in ${i?.language}:`)
};

const ru_language_suggestion = /** @type {(inputs: Language_SuggestionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Эта страница есть и на другом языке (${i?.language}):`)
};

const kk_language_suggestion = /** @type {(inputs: Language_SuggestionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Бұл бет басқа тілде де бар (${i?.language}):`)
};

/**
* | output |
* | --- |
* | "This page is also in {language}:" |
*
* @param {Language_SuggestionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const language_suggestion = /** @type {((inputs: Language_SuggestionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_SuggestionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_language_suggestion(inputs)
	if (locale === "kk") return kk_language_suggestion(inputs)
	return en_language_suggestion(inputs)
});