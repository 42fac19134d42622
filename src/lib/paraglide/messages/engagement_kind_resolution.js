/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Kind_ResolutionInputs */

const en_engagement_kind_resolution = /** @type {(inputs: Engagement_Kind_ResolutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Parliament resolution`)
};

const ru_engagement_kind_resolution = /** @type {(inputs: Engagement_Kind_ResolutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Резолюция парламента`)
};

const kk_engagement_kind_resolution = /** @type {(inputs: Engagement_Kind_ResolutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Парламент қарары`)
};

/**
* | output |
* | --- |
* | "Parliament resolution" |
*
* @param {Engagement_Kind_ResolutionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_kind_resolution = /** @type {((inputs?: Engagement_Kind_ResolutionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Kind_ResolutionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_kind_resolution(inputs)
	if (locale === "kk") return kk_engagement_kind_resolution(inputs)
	return en_engagement_kind_resolution(inputs)
});