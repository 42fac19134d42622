/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_Map_TitleInputs */

const en_home_map_title = /** @type {(inputs: Home_Map_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Map of the countries covered`)
};

const ru_home_map_title = /** @type {(inputs: Home_Map_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Карта стран, о которых есть данные`)
};

const kk_home_map_title = /** @type {(inputs: Home_Map_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Деректер бар елдердің картасы`)
};

/**
* | output |
* | --- |
* | "Map of the countries covered" |
*
* @param {Home_Map_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_map_title = /** @type {((inputs?: Home_Map_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Map_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_map_title(inputs)
	if (locale === "kk") return kk_home_map_title(inputs)
	return en_home_map_title(inputs)
});