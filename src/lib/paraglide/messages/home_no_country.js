/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_No_CountryInputs */

const en_home_no_country = /** @type {(inputs: Home_No_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No country record has been published yet.`)
};

const ru_home_no_country = /** @type {(inputs: Home_No_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Данные ни по одной стране ещё не опубликованы.`)
};

const kk_home_no_country = /** @type {(inputs: Home_No_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әзірге бірде-бір ел бойынша дерек жарияланған жоқ.`)
};

/**
* | output |
* | --- |
* | "No country record has been published yet." |
*
* @param {Home_No_CountryInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_no_country = /** @type {((inputs?: Home_No_CountryInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_No_CountryInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_no_country(inputs)
	if (locale === "kk") return kk_home_no_country(inputs)
	return en_home_no_country(inputs)
});