/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Col_SourceInputs */

const en_timeline_col_source = /** @type {(inputs: Timeline_Col_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Source`)
};

const ru_timeline_col_source = /** @type {(inputs: Timeline_Col_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Источник`)
};

const kk_timeline_col_source = /** @type {(inputs: Timeline_Col_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дереккөз`)
};

/**
* | output |
* | --- |
* | "Source" |
*
* @param {Timeline_Col_SourceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_col_source = /** @type {((inputs?: Timeline_Col_SourceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Col_SourceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_col_source(inputs)
	if (locale === "kk") return kk_timeline_col_source(inputs)
	return en_timeline_col_source(inputs)
});