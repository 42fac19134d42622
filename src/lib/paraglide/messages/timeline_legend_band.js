/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Legend_BandInputs */

const en_timeline_legend_band = /** @type {(inputs: Timeline_Legend_BandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Band: the source gives only the month, year or an approximate range`)
};

const ru_timeline_legend_band = /** @type {(inputs: Timeline_Legend_BandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Полоса: источник указывает только месяц, год или примерный период`)
};

const kk_timeline_legend_band = /** @type {(inputs: Timeline_Legend_BandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жолақ: дереккөз тек айды, жылды немесе шамамен кезеңді көрсетеді`)
};

/**
* | output |
* | --- |
* | "Band: the source gives only the month, year or an approximate range" |
*
* @param {Timeline_Legend_BandInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_legend_band = /** @type {((inputs?: Timeline_Legend_BandInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Legend_BandInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_legend_band(inputs)
	if (locale === "kk") return kk_timeline_legend_band(inputs)
	return en_timeline_legend_band(inputs)
});