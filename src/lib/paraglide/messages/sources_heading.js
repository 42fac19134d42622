/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sources_HeadingInputs */

const en_sources_heading = /** @type {(inputs: Sources_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sources`)
};

const ru_sources_heading = /** @type {(inputs: Sources_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Источники`)
};

const kk_sources_heading = /** @type {(inputs: Sources_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дереккөздер`)
};

/**
* | output |
* | --- |
* | "Sources" |
*
* @param {Sources_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const sources_heading = /** @type {((inputs?: Sources_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sources_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_sources_heading(inputs)
	if (locale === "kk") return kk_sources_heading(inputs)
	return en_sources_heading(inputs)
});