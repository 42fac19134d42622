/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Legend_BarInputs */

const en_timeline_legend_bar = /** @type {(inputs: Timeline_Legend_BarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bar: a span; an arrow means it is ongoing`)
};

const ru_timeline_legend_bar = /** @type {(inputs: Timeline_Legend_BarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отрезок: период; стрелка означает, что он продолжается`)
};

const kk_timeline_legend_bar = /** @type {(inputs: Timeline_Legend_BarInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кесінді: кезең; көрсеткі оның жалғасып жатқанын білдіреді`)
};

/**
* | output |
* | --- |
* | "Bar: a span; an arrow means it is ongoing" |
*
* @param {Timeline_Legend_BarInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_legend_bar = /** @type {((inputs?: Timeline_Legend_BarInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Legend_BarInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_legend_bar(inputs)
	if (locale === "kk") return kk_timeline_legend_bar(inputs)
	return en_timeline_legend_bar(inputs)
});