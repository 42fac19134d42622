/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ kind: NonNullable<unknown>, period: NonNullable<unknown>, answer: NonNullable<unknown>, text: NonNullable<unknown> }} Engagement_DescriptionInputs */

const en_engagement_description = /** @type {(inputs: Engagement_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind}, ${i?.period}. Human rights raised: ${i?.answer}. ${i?.text}`)
};

const ru_engagement_description = /** @type {(inputs: Engagement_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind}, ${i?.period}. Права человека подняты: ${i?.answer}. ${i?.text}`)
};

const kk_engagement_description = /** @type {(inputs: Engagement_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind}, ${i?.period}. Адам құқықтары көтерілді: ${i?.answer}. ${i?.text}`)
};

/**
* | output |
* | --- |
* | "{kind}, {period}. Human rights raised: {answer}. {text}" |
*
* @param {Engagement_DescriptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_description = /** @type {((inputs: Engagement_DescriptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_DescriptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_description(inputs)
	if (locale === "kk") return kk_engagement_description(inputs)
	return en_engagement_description(inputs)
});