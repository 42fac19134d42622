/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Legend_DatesInputs */

const en_timeline_legend_dates = /** @type {(inputs: Timeline_Legend_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How dates are drawn`)
};

const ru_timeline_legend_dates = /** @type {(inputs: Timeline_Legend_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Как показаны даты`)
};

const kk_timeline_legend_dates = /** @type {(inputs: Timeline_Legend_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күндер қалай көрсетілген`)
};

/**
* | output |
* | --- |
* | "How dates are drawn" |
*
* @param {Timeline_Legend_DatesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_legend_dates = /** @type {((inputs?: Timeline_Legend_DatesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Legend_DatesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_legend_dates(inputs)
	if (locale === "kk") return kk_timeline_legend_dates(inputs)
	return en_timeline_legend_dates(inputs)
});