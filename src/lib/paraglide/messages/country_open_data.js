/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Country_Open_DataInputs */

const en_country_open_data = /** @type {(inputs: Country_Open_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open data`)
};

const ru_country_open_data = /** @type {(inputs: Country_Open_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Открытые данные`)
};

const kk_country_open_data = /** @type {(inputs: Country_Open_DataInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ашық деректер`)
};

/**
* | output |
* | --- |
* | "Open data" |
*
* @param {Country_Open_DataInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_open_data = /** @type {((inputs?: Country_Open_DataInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_Open_DataInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_open_data(inputs)
	if (locale === "kk") return kk_country_open_data(inputs)
	return en_country_open_data(inputs)
});