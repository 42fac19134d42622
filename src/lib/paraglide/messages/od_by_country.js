/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_By_CountryInputs */

const en_od_by_country = /** @type {(inputs: Od_By_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By country`)
};

const ru_od_by_country = /** @type {(inputs: Od_By_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`По странам`)
};

const kk_od_by_country = /** @type {(inputs: Od_By_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Елдер бойынша`)
};

/**
* | output |
* | --- |
* | "By country" |
*
* @param {Od_By_CountryInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_by_country = /** @type {((inputs?: Od_By_CountryInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_By_CountryInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_by_country(inputs)
	if (locale === "kk") return kk_od_by_country(inputs)
	return en_od_by_country(inputs)
});