/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Site_Footer_Open_DataInputs */

const en_site_footer_open_data = /** @type {(inputs: Site_Footer_Open_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open data`)
};

const ru_site_footer_open_data = /** @type {(inputs: Site_Footer_Open_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Открытые данные`)
};

const kk_site_footer_open_data = /** @type {(inputs: Site_Footer_Open_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ашық деректер`)
};

/**
* | output |
* | --- |
* | "Open data" |
*
* @param {Site_Footer_Open_DataInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const site_footer_open_data = /** @type {((inputs?: Site_Footer_Open_DataInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Footer_Open_DataInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_site_footer_open_data(inputs)
	if (locale === "kk") return kk_site_footer_open_data(inputs)
	return en_site_footer_open_data(inputs)
});