/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_No_LicenceInputs */

const en_od_no_licence = /** @type {(inputs: Od_No_LicenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No licence has been set for this data yet.`)
};

const ru_od_no_licence = /** @type {(inputs: Od_No_LicenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Лицензия для этих данных пока не установлена.`)
};

const kk_od_no_licence = /** @type {(inputs: Od_No_LicenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл деректерге әлі лицензия белгіленбеген.`)
};

/**
* | output |
* | --- |
* | "No licence has been set for this data yet." |
*
* @param {Od_No_LicenceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_no_licence = /** @type {((inputs?: Od_No_LicenceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_No_LicenceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_no_licence(inputs)
	if (locale === "kk") return kk_od_no_licence(inputs)
	return en_od_no_licence(inputs)
});