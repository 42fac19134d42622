/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Lane_NoneInputs */

const en_timeline_lane_none = /** @type {(inputs: Timeline_Lane_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

const ru_timeline_lane_none = /** @type {(inputs: Timeline_Lane_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`нет`)
};

const kk_timeline_lane_none = /** @type {(inputs: Timeline_Lane_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`жоқ`)
};

/**
* | output |
* | --- |
* | "none" |
*
* @param {Timeline_Lane_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_lane_none = /** @type {((inputs?: Timeline_Lane_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Lane_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_lane_none(inputs)
	if (locale === "kk") return kk_timeline_lane_none(inputs)
	return en_timeline_lane_none(inputs)
});