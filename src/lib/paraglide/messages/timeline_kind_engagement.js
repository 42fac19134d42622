/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Kind_EngagementInputs */

const en_timeline_kind_engagement = /** @type {(inputs: Timeline_Kind_EngagementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`EU engagement`)
};

const ru_timeline_kind_engagement = /** @type {(inputs: Timeline_Kind_EngagementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Действие ЕС`)
};

const kk_timeline_kind_engagement = /** @type {(inputs: Timeline_Kind_EngagementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО әрекеті`)
};

/**
* | output |
* | --- |
* | "EU engagement" |
*
* @param {Timeline_Kind_EngagementInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_kind_engagement = /** @type {((inputs?: Timeline_Kind_EngagementInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Kind_EngagementInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_kind_engagement(inputs)
	if (locale === "kk") return kk_timeline_kind_engagement(inputs)
	return en_timeline_kind_engagement(inputs)
});