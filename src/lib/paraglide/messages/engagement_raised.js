/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ answer: NonNullable<unknown> }} Engagement_RaisedInputs */

const en_engagement_raised = /** @type {(inputs: Engagement_RaisedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Human rights raised: ${i?.answer}`)
};

const ru_engagement_raised = /** @type {(inputs: Engagement_RaisedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Права человека подняты: ${i?.answer}`)
};

const kk_engagement_raised = /** @type {(inputs: Engagement_RaisedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Адам құқықтары көтерілді: ${i?.answer}`)
};

/**
* | output |
* | --- |
* | "Human rights raised: {answer}" |
*
* @param {Engagement_RaisedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_raised = /** @type {((inputs: Engagement_RaisedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_RaisedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_raised(inputs)
	if (locale === "kk") return kk_engagement_raised(inputs)
	return en_engagement_raised(inputs)
});