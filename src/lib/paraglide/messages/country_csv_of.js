/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Country_Csv_OfInputs */

const en_country_csv_of = /** @type {(inputs: Country_Csv_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV of`)
};

const ru_country_csv_of = /** @type {(inputs: Country_Csv_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV:`)
};

const kk_country_csv_of = /** @type {(inputs: Country_Csv_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV:`)
};

/**
* | output |
* | --- |
* | "CSV of" |
*
* @param {Country_Csv_OfInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_csv_of = /** @type {((inputs?: Country_Csv_OfInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_Csv_OfInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_csv_of(inputs)
	if (locale === "kk") return kk_country_csv_of(inputs)
	return en_country_csv_of(inputs)
});