/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Country_Csv_CasesInputs */

const en_country_csv_cases = /** @type {(inputs: Country_Csv_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cases`)
};

const ru_country_csv_cases = /** @type {(inputs: Country_Csv_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`случаи`)
};

const kk_country_csv_cases = /** @type {(inputs: Country_Csv_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`жағдайлар`)
};

/**
* | output |
* | --- |
* | "cases" |
*
* @param {Country_Csv_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_csv_cases = /** @type {((inputs?: Country_Csv_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_Csv_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_csv_cases(inputs)
	if (locale === "kk") return kk_country_csv_cases(inputs)
	return en_country_csv_cases(inputs)
});