/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Card_LabelInputs */

const en_engagement_card_label = /** @type {(inputs: Engagement_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The engagement`)
};

const ru_engagement_card_label = /** @type {(inputs: Engagement_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Действие ЕС`)
};

const kk_engagement_card_label = /** @type {(inputs: Engagement_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО әрекеті`)
};

/**
* | output |
* | --- |
* | "The engagement" |
*
* @param {Engagement_Card_LabelInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_card_label = /** @type {((inputs?: Engagement_Card_LabelInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Card_LabelInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_card_label(inputs)
	if (locale === "kk") return kk_engagement_card_label(inputs)
	return en_engagement_card_label(inputs)
});