/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Kind_PledgeInputs */

const en_timeline_kind_pledge = /** @type {(inputs: Timeline_Kind_PledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledge`)
};

const ru_timeline_kind_pledge = /** @type {(inputs: Timeline_Kind_PledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещание`)
};

const kk_timeline_kind_pledge = /** @type {(inputs: Timeline_Kind_PledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уәде`)
};

/**
* | output |
* | --- |
* | "Pledge" |
*
* @param {Timeline_Kind_PledgeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_kind_pledge = /** @type {((inputs?: Timeline_Kind_PledgeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Kind_PledgeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_kind_pledge(inputs)
	if (locale === "kk") return kk_timeline_kind_pledge(inputs)
	return en_timeline_kind_pledge(inputs)
});