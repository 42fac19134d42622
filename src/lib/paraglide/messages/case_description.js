/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ type: NonNullable<unknown>, period: NonNullable<unknown>, text: NonNullable<unknown> }} Case_DescriptionInputs */

const en_case_description = /** @type {(inputs: Case_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.type}, ${i?.period}. ${i?.text}`)
};

const ru_case_description = /** @type {(inputs: Case_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.type}, ${i?.period}. ${i?.text}`)
};

const kk_case_description = /** @type {(inputs: Case_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.type}, ${i?.period}. ${i?.text}`)
};

/**
* | output |
* | --- |
* | "{type}, {period}. {text}" |
*
* @param {Case_DescriptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_description = /** @type {((inputs: Case_DescriptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_DescriptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_description(inputs)
	if (locale === "kk") return kk_case_description(inputs)
	return en_case_description(inputs)
});