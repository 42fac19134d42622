/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_No_CountryInputs */

const en_od_no_country = /** @type {(inputs: Od_No_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No country has been published yet.`)
};

const ru_od_no_country = /** @type {(inputs: Od_No_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ни одна страна ещё не опубликована.`)
};

const kk_od_no_country = /** @type {(inputs: Od_No_CountryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әзірге бірде-бір ел жарияланған жоқ.`)
};

/**
* | output |
* | --- |
* | "No country has been published yet." |
*
* @param {Od_No_CountryInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_no_country = /** @type {((inputs?: Od_No_CountryInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_No_CountryInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_no_country(inputs)
	if (locale === "kk") return kk_od_no_country(inputs)
	return en_od_no_country(inputs)
});