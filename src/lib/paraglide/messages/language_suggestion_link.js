/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ language: NonNullable<unknown> }} Language_Suggestion_LinkInputs */

const en_language_suggestion_link = /** @type {(inputs: Language_Suggestion_LinkInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`read it in ${i?.language}`)
};

const ru_language_suggestion_link = /** @type {(inputs: Language_Suggestion_LinkInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`открыть (${i?.language})`)
};

const kk_language_suggestion_link = /** @type {(inputs: Language_Suggestion_LinkInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ашу (${i?.language})`)
};

/**
* | output |
* | --- |
* | "read it in {language}" |
*
* @param {Language_Suggestion_LinkInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const language_suggestion_link = /** @type {((inputs: Language_Suggestion_LinkInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_Suggestion_LinkInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_language_suggestion_link(inputs)
	if (locale === "kk") return kk_language_suggestion_link(inputs)
	return en_language_suggestion_link(inputs)
});