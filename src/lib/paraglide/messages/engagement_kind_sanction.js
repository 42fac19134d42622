/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Kind_SanctionInputs */

const en_engagement_kind_sanction = /** @type {(inputs: Engagement_Kind_SanctionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sanction`)
};

const ru_engagement_kind_sanction = /** @type {(inputs: Engagement_Kind_SanctionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Санкция`)
};

const kk_engagement_kind_sanction = /** @type {(inputs: Engagement_Kind_SanctionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Санкция`)
};

/**
* | output |
* | --- |
* | "Sanction" |
*
* @param {Engagement_Kind_SanctionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_kind_sanction = /** @type {((inputs?: Engagement_Kind_SanctionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Kind_SanctionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_kind_sanction(inputs)
	if (locale === "kk") return kk_engagement_kind_sanction(inputs)
	return en_engagement_kind_sanction(inputs)
});