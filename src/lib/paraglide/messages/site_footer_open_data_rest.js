/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Site_Footer_Open_Data_RestInputs */

const en_site_footer_open_data_rest = /** @type {(inputs: Site_Footer_Open_Data_RestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`: the API, CSV downloads and Atom feeds.`)
};

const ru_site_footer_open_data_rest = /** @type {(inputs: Site_Footer_Open_Data_RestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`: API, выгрузки CSV и ленты Atom.`)
};

const kk_site_footer_open_data_rest = /** @type {(inputs: Site_Footer_Open_Data_RestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`: API, CSV жүктеулері және Atom арналары.`)
};

/**
* | output |
* | --- |
* | ": the API, CSV downloads and Atom feeds." |
*
* @param {Site_Footer_Open_Data_RestInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const site_footer_open_data_rest = /** @type {((inputs?: Site_Footer_Open_Data_RestInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Footer_Open_Data_RestInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_site_footer_open_data_rest(inputs)
	if (locale === "kk") return kk_site_footer_open_data_rest(inputs)
	return en_site_footer_open_data_rest(inputs)
});