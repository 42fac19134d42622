/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Legend_CasesInputs */

const en_timeline_legend_cases = /** @type {(inputs: Timeline_Legend_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cases, by type`)
};

const ru_timeline_legend_cases = /** @type {(inputs: Timeline_Legend_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Случаи по типу`)
};

const kk_timeline_legend_cases = /** @type {(inputs: Timeline_Legend_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Түрі бойынша жағдайлар`)
};

/**
* | output |
* | --- |
* | "Cases, by type" |
*
* @param {Timeline_Legend_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_legend_cases = /** @type {((inputs?: Timeline_Legend_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Legend_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_legend_cases(inputs)
	if (locale === "kk") return kk_timeline_legend_cases(inputs)
	return en_timeline_legend_cases(inputs)
});