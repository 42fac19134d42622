/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_PublishedInputs */

const en_source_published = /** @type {(inputs: Source_PublishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Published`)
};

const ru_source_published = /** @type {(inputs: Source_PublishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опубликовано`)
};

const kk_source_published = /** @type {(inputs: Source_PublishedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жарияланған`)
};

/**
* | output |
* | --- |
* | "Published" |
*
* @param {Source_PublishedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_published = /** @type {((inputs?: Source_PublishedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_PublishedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_published(inputs)
	if (locale === "kk") return kk_source_published(inputs)
	return en_source_published(inputs)
});