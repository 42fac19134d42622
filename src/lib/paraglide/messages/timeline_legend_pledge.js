/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ rating: NonNullable<unknown> }} Timeline_Legend_PledgeInputs */

const en_timeline_legend_pledge = /** @type {(inputs: Timeline_Legend_PledgeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pledge: ${i?.rating}`)
};

const ru_timeline_legend_pledge = /** @type {(inputs: Timeline_Legend_PledgeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Обещание: ${i?.rating}`)
};

const kk_timeline_legend_pledge = /** @type {(inputs: Timeline_Legend_PledgeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Уәде: ${i?.rating}`)
};

/**
* | output |
* | --- |
* | "Pledge: {rating}" |
*
* @param {Timeline_Legend_PledgeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_legend_pledge = /** @type {((inputs: Timeline_Legend_PledgeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Legend_PledgeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_legend_pledge(inputs)
	if (locale === "kk") return kk_timeline_legend_pledge(inputs)
	return en_timeline_legend_pledge(inputs)
});