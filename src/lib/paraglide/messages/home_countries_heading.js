/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_Countries_HeadingInputs */

const en_home_countries_heading = /** @type {(inputs: Home_Countries_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Countries and their latest cases`)
};

const ru_home_countries_heading = /** @type {(inputs: Home_Countries_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Страны и последние случаи`)
};

const kk_home_countries_heading = /** @type {(inputs: Home_Countries_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Елдер және соңғы жағдайлар`)
};

/**
* | output |
* | --- |
* | "Countries and their latest cases" |
*
* @param {Home_Countries_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_countries_heading = /** @type {((inputs?: Home_Countries_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Countries_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_countries_heading(inputs)
	if (locale === "kk") return kk_home_countries_heading(inputs)
	return en_home_countries_heading(inputs)
});