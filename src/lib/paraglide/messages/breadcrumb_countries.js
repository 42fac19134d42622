/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Breadcrumb_CountriesInputs */

const en_breadcrumb_countries = /** @type {(inputs: Breadcrumb_CountriesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Countries`)
};

const ru_breadcrumb_countries = /** @type {(inputs: Breadcrumb_CountriesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Страны`)
};

const kk_breadcrumb_countries = /** @type {(inputs: Breadcrumb_CountriesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Елдер`)
};

/**
* | output |
* | --- |
* | "Countries" |
*
* @param {Breadcrumb_CountriesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const breadcrumb_countries = /** @type {((inputs?: Breadcrumb_CountriesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Breadcrumb_CountriesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_breadcrumb_countries(inputs)
	if (locale === "kk") return kk_breadcrumb_countries(inputs)
	return en_breadcrumb_countries(inputs)
});