/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Lane_CaseInputs */

const en_timeline_lane_case = /** @type {(inputs: Timeline_Lane_CaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cases`)
};

const ru_timeline_lane_case = /** @type {(inputs: Timeline_Lane_CaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Случаи`)
};

const kk_timeline_lane_case = /** @type {(inputs: Timeline_Lane_CaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жағдайлар`)
};

/**
* | output |
* | --- |
* | "Cases" |
*
* @param {Timeline_Lane_CaseInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_lane_case = /** @type {((inputs?: Timeline_Lane_CaseInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Lane_CaseInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_lane_case(inputs)
	if (locale === "kk") return kk_timeline_lane_case(inputs)
	return en_timeline_lane_case(inputs)
});