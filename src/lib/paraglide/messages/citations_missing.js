/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Citations_MissingInputs */

const en_citations_missing = /** @type {(inputs: Citations_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No published source is cited for this yet.`)
};

const ru_citations_missing = /** @type {(inputs: Citations_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ссылок на опубликованные источники пока нет.`)
};

const kk_citations_missing = /** @type {(inputs: Citations_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әзірге жарияланған дереккөзге сілтеме жоқ.`)
};

/**
* | output |
* | --- |
* | "No published source is cited for this yet." |
*
* @param {Citations_MissingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const citations_missing = /** @type {((inputs?: Citations_MissingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Citations_MissingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_citations_missing(inputs)
	if (locale === "kk") return kk_citations_missing(inputs)
	return en_citations_missing(inputs)
});