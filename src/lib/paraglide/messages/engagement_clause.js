/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_ClauseInputs */

const en_engagement_clause = /** @type {(inputs: Engagement_ClauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Human-rights clause`)
};

const ru_engagement_clause = /** @type {(inputs: Engagement_ClauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Положение о правах человека`)
};

const kk_engagement_clause = /** @type {(inputs: Engagement_ClauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адам құқықтары туралы ереже`)
};

/**
* | output |
* | --- |
* | "Human-rights clause" |
*
* @param {Engagement_ClauseInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_clause = /** @type {((inputs?: Engagement_ClauseInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_ClauseInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_clause(inputs)
	if (locale === "kk") return kk_engagement_clause(inputs)
	return en_engagement_clause(inputs)
});