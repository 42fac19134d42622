/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Lane_EngagementInputs */

const en_timeline_lane_engagement = /** @type {(inputs: Timeline_Lane_EngagementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`EU engagements`)
};

const ru_timeline_lane_engagement = /** @type {(inputs: Timeline_Lane_EngagementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Действия ЕС`)
};

const kk_timeline_lane_engagement = /** @type {(inputs: Timeline_Lane_EngagementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО әрекеттері`)
};

/**
* | output |
* | --- |
* | "EU engagements" |
*
* @param {Timeline_Lane_EngagementInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_lane_engagement = /** @type {((inputs?: Timeline_Lane_EngagementInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Lane_EngagementInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_lane_engagement(inputs)
	if (locale === "kk") return kk_timeline_lane_engagement(inputs)
	return en_timeline_lane_engagement(inputs)
});