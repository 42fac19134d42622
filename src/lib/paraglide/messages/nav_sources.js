/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_SourcesInputs */

const en_nav_sources = /** @type {(inputs: Nav_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sources`)
};

const ru_nav_sources = /** @type {(inputs: Nav_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Источники`)
};

const kk_nav_sources = /** @type {(inputs: Nav_SourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дереккөздер`)
};

/**
* | output |
* | --- |
* | "Sources" |
*
* @param {Nav_SourcesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const nav_sources = /** @type {((inputs?: Nav_SourcesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_SourcesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_nav_sources(inputs)
	if (locale === "kk") return kk_nav_sources(inputs)
	return en_nav_sources(inputs)
});