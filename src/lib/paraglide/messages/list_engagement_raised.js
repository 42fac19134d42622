/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ answer: NonNullable<unknown> }} List_Engagement_RaisedInputs */

const en_list_engagement_raised = /** @type {(inputs: List_Engagement_RaisedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`human rights raised: ${i?.answer}`)
};

const ru_list_engagement_raised = /** @type {(inputs: List_Engagement_RaisedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`права человека подняты: ${i?.answer}`)
};

const kk_list_engagement_raised = /** @type {(inputs: List_Engagement_RaisedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`адам құқықтары көтерілді: ${i?.answer}`)
};

/**
* | output |
* | --- |
* | "human rights raised: {answer}" |
*
* @param {List_Engagement_RaisedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_engagement_raised = /** @type {((inputs: List_Engagement_RaisedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Engagement_RaisedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_engagement_raised(inputs)
	if (locale === "kk") return kk_list_engagement_raised(inputs)
	return en_list_engagement_raised(inputs)
});