/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Legend_CountInputs */

const en_timeline_legend_count = /** @type {(inputs: Timeline_Legend_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Count bar: too many events to draw one by one; zoom in to split them`)
};

const ru_timeline_legend_count = /** @type {(inputs: Timeline_Legend_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Столбец с числом: событий слишком много, чтобы показать по отдельности; приблизьте, чтобы разделить их`)
};

const kk_timeline_legend_count = /** @type {(inputs: Timeline_Legend_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сан бағаны: оқиғалар тым көп, бөлек көрсету мүмкін емес; бөлу үшін жақындатыңыз`)
};

/**
* | output |
* | --- |
* | "Count bar: too many events to draw one by one; zoom in to split them" |
*
* @param {Timeline_Legend_CountInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_legend_count = /** @type {((inputs?: Timeline_Legend_CountInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Legend_CountInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_legend_count(inputs)
	if (locale === "kk") return kk_timeline_legend_count(inputs)
	return en_timeline_legend_count(inputs)
});