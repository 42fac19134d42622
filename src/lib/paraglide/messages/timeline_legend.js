/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_LegendInputs */

const en_timeline_legend = /** @type {(inputs: Timeline_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legend`)
};

const ru_timeline_legend = /** @type {(inputs: Timeline_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Условные обозначения`)
};

const kk_timeline_legend = /** @type {(inputs: Timeline_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шартты белгілер`)
};

/**
* | output |
* | --- |
* | "Legend" |
*
* @param {Timeline_LegendInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_legend = /** @type {((inputs?: Timeline_LegendInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_LegendInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_legend(inputs)
	if (locale === "kk") return kk_timeline_legend(inputs)
	return en_timeline_legend(inputs)
});