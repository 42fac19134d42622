/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_No_UrlInputs */

const en_source_no_url = /** @type {(inputs: Source_No_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No web address is known for this source.`)
};

const ru_source_no_url = /** @type {(inputs: Source_No_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Веб-адрес этого источника неизвестен.`)
};

const kk_source_no_url = /** @type {(inputs: Source_No_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл дереккөздің веб-мекенжайы белгісіз.`)
};

/**
* | output |
* | --- |
* | "No web address is known for this source." |
*
* @param {Source_No_UrlInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_no_url = /** @type {((inputs?: Source_No_UrlInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_No_UrlInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_no_url(inputs)
	if (locale === "kk") return kk_source_no_url(inputs)
	return en_source_no_url(inputs)
});