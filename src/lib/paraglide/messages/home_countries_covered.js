/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_Countries_CoveredInputs */

const en_home_countries_covered = /** @type {(inputs: Home_Countries_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Countries covered`)
};

const ru_home_countries_covered = /** @type {(inputs: Home_Countries_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Страны`)
};

const kk_home_countries_covered = /** @type {(inputs: Home_Countries_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Елдер`)
};

/**
* | output |
* | --- |
* | "Countries covered" |
*
* @param {Home_Countries_CoveredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_countries_covered = /** @type {((inputs?: Home_Countries_CoveredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Countries_CoveredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_countries_covered(inputs)
	if (locale === "kk") return kk_home_countries_covered(inputs)
	return en_home_countries_covered(inputs)
});