/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Kind_FundingInputs */

const en_engagement_kind_funding = /** @type {(inputs: Engagement_Kind_FundingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Funding`)
};

const ru_engagement_kind_funding = /** @type {(inputs: Engagement_Kind_FundingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Финансирование`)
};

const kk_engagement_kind_funding = /** @type {(inputs: Engagement_Kind_FundingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қаржыландыру`)
};

/**
* | output |
* | --- |
* | "Funding" |
*
* @param {Engagement_Kind_FundingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_kind_funding = /** @type {((inputs?: Engagement_Kind_FundingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Kind_FundingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_kind_funding(inputs)
	if (locale === "kk") return kk_engagement_kind_funding(inputs)
	return en_engagement_kind_funding(inputs)
});