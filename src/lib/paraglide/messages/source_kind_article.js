/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_Kind_ArticleInputs */

const en_source_kind_article = /** @type {(inputs: Source_Kind_ArticleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Article`)
};

const ru_source_kind_article = /** @type {(inputs: Source_Kind_ArticleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Статья`)
};

const kk_source_kind_article = /** @type {(inputs: Source_Kind_ArticleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мақала`)
};

/**
* | output |
* | --- |
* | "Article" |
*
* @param {Source_Kind_ArticleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_kind_article = /** @type {((inputs?: Source_Kind_ArticleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_Kind_ArticleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_kind_article(inputs)
	if (locale === "kk") return kk_source_kind_article(inputs)
	return en_source_kind_article(inputs)
});