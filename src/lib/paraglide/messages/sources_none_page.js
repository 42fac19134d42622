/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sources_None_PageInputs */

const en_sources_none_page = /** @type {(inputs: Sources_None_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No published source is cited on this page yet.`)
};

const ru_sources_none_page = /** @type {(inputs: Sources_None_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На этой странице пока нет ссылок на опубликованные источники.`)
};

const kk_sources_none_page = /** @type {(inputs: Sources_None_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл бетте әзірге жарияланған дереккөзге сілтеме жоқ.`)
};

/**
* | output |
* | --- |
* | "No published source is cited on this page yet." |
*
* @param {Sources_None_PageInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const sources_none_page = /** @type {((inputs?: Sources_None_PageInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sources_None_PageInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_sources_none_page(inputs)
	if (locale === "kk") return kk_sources_none_page(inputs)
	return en_sources_none_page(inputs)
});