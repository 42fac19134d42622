/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Lane_PledgeInputs */

const en_timeline_lane_pledge = /** @type {(inputs: Timeline_Lane_PledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledges`)
};

const ru_timeline_lane_pledge = /** @type {(inputs: Timeline_Lane_PledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещания`)
};

const kk_timeline_lane_pledge = /** @type {(inputs: Timeline_Lane_PledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уәделер`)
};

/**
* | output |
* | --- |
* | "Pledges" |
*
* @param {Timeline_Lane_PledgeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_lane_pledge = /** @type {((inputs?: Timeline_Lane_PledgeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Lane_PledgeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_lane_pledge(inputs)
	if (locale === "kk") return kk_timeline_lane_pledge(inputs)
	return en_timeline_lane_pledge(inputs)
});