/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Kind_SummitInputs */

const en_engagement_kind_summit = /** @type {(inputs: Engagement_Kind_SummitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Summit`)
};

const ru_engagement_kind_summit = /** @type {(inputs: Engagement_Kind_SummitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Саммит`)
};

const kk_engagement_kind_summit = /** @type {(inputs: Engagement_Kind_SummitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Саммит`)
};

/**
* | output |
* | --- |
* | "Summit" |
*
* @param {Engagement_Kind_SummitInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_kind_summit = /** @type {((inputs?: Engagement_Kind_SummitInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Kind_SummitInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_kind_summit(inputs)
	if (locale === "kk") return kk_engagement_kind_summit(inputs)
	return en_engagement_kind_summit(inputs)
});