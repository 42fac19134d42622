/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Kind_DialogueInputs */

const en_engagement_kind_dialogue = /** @type {(inputs: Engagement_Kind_DialogueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Human-rights dialogue`)
};

const ru_engagement_kind_dialogue = /** @type {(inputs: Engagement_Kind_DialogueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Диалог по правам человека`)
};

const kk_engagement_kind_dialogue = /** @type {(inputs: Engagement_Kind_DialogueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адам құқықтары жөніндегі диалог`)
};

/**
* | output |
* | --- |
* | "Human-rights dialogue" |
*
* @param {Engagement_Kind_DialogueInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_kind_dialogue = /** @type {((inputs?: Engagement_Kind_DialogueInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Kind_DialogueInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_kind_dialogue(inputs)
	if (locale === "kk") return kk_engagement_kind_dialogue(inputs)
	return en_engagement_kind_dialogue(inputs)
});