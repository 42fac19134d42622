/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Kind_VisitInputs */

const en_engagement_kind_visit = /** @type {(inputs: Engagement_Kind_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visit`)
};

const ru_engagement_kind_visit = /** @type {(inputs: Engagement_Kind_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Визит`)
};

const kk_engagement_kind_visit = /** @type {(inputs: Engagement_Kind_VisitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сапар`)
};

/**
* | output |
* | --- |
* | "Visit" |
*
* @param {Engagement_Kind_VisitInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_kind_visit = /** @type {((inputs?: Engagement_Kind_VisitInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Kind_VisitInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_kind_visit(inputs)
	if (locale === "kk") return kk_engagement_kind_visit(inputs)
	return en_engagement_kind_visit(inputs)
});