/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Timeline_Lane_CountedInputs */

const en_timeline_lane_counted = /** @type {(inputs: Timeline_Lane_CountedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}, counted`)
};

const ru_timeline_lane_counted = /** @type {(inputs: Timeline_Lane_CountedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}, подсчитано`)
};

const kk_timeline_lane_counted = /** @type {(inputs: Timeline_Lane_CountedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}, саналған`)
};

/**
* | output |
* | --- |
* | "{count}, counted" |
*
* @param {Timeline_Lane_CountedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_lane_counted = /** @type {((inputs: Timeline_Lane_CountedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Lane_CountedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_lane_counted(inputs)
	if (locale === "kk") return kk_timeline_lane_counted(inputs)
	return en_timeline_lane_counted(inputs)
});