/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Citation_SourceInputs */

const en_citation_source = /** @type {(inputs: Citation_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Source:`)
};

const ru_citation_source = /** @type {(inputs: Citation_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Источник:`)
};

const kk_citation_source = /** @type {(inputs: Citation_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дереккөз:`)
};

/**
* | output |
* | --- |
* | "Source:" |
*
* @param {Citation_SourceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const citation_source = /** @type {((inputs?: Citation_SourceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Citation_SourceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_citation_source(inputs)
	if (locale === "kk") return kk_citation_source(inputs)
	return en_citation_source(inputs)
});