/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ kind: NonNullable<unknown> }} Timeline_Kind_Engagement_KindInputs */

const en_timeline_kind_engagement_kind = /** @type {(inputs: Timeline_Kind_Engagement_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`EU engagement: ${i?.kind}`)
};

const ru_timeline_kind_engagement_kind = /** @type {(inputs: Timeline_Kind_Engagement_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Действие ЕС: ${i?.kind}`)
};

const kk_timeline_kind_engagement_kind = /** @type {(inputs: Timeline_Kind_Engagement_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ЕО әрекеті: ${i?.kind}`)
};

/**
* | output |
* | --- |
* | "EU engagement: {kind}" |
*
* @param {Timeline_Kind_Engagement_KindInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_kind_engagement_kind = /** @type {((inputs: Timeline_Kind_Engagement_KindInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Kind_Engagement_KindInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_kind_engagement_kind(inputs)
	if (locale === "kk") return kk_timeline_kind_engagement_kind(inputs)
	return en_timeline_kind_engagement_kind(inputs)
});