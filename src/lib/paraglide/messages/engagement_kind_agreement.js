/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Kind_AgreementInputs */

const en_engagement_kind_agreement = /** @type {(inputs: Engagement_Kind_AgreementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Agreement`)
};

const ru_engagement_kind_agreement = /** @type {(inputs: Engagement_Kind_AgreementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Соглашение`)
};

const kk_engagement_kind_agreement = /** @type {(inputs: Engagement_Kind_AgreementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Келісім`)
};

/**
* | output |
* | --- |
* | "Agreement" |
*
* @param {Engagement_Kind_AgreementInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_kind_agreement = /** @type {((inputs?: Engagement_Kind_AgreementInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Kind_AgreementInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_kind_agreement(inputs)
	if (locale === "kk") return kk_engagement_kind_agreement(inputs)
	return en_engagement_kind_agreement(inputs)
});