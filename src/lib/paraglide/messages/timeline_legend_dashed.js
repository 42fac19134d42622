/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Legend_DashedInputs */

const en_timeline_legend_dashed = /** @type {(inputs: Timeline_Legend_DashedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dashed: ongoing assumed after the latest source, not known`)
};

const ru_timeline_legend_dashed = /** @type {(inputs: Timeline_Legend_DashedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пунктир: продолжение после последнего источника предполагается, но не известно`)
};

const kk_timeline_legend_dashed = /** @type {(inputs: Timeline_Legend_DashedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пунктир: соңғы дереккөзден кейін жалғасады деп болжанады, бірақ белгісіз`)
};

/**
* | output |
* | --- |
* | "Dashed: ongoing assumed after the latest source, not known" |
*
* @param {Timeline_Legend_DashedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_legend_dashed = /** @type {((inputs?: Timeline_Legend_DashedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Legend_DashedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_legend_dashed(inputs)
	if (locale === "kk") return kk_timeline_legend_dashed(inputs)
	return en_timeline_legend_dashed(inputs)
});