/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_AndInputs */

const en_od_and = /** @type {(inputs: Od_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`and`)
};

const ru_od_and = /** @type {(inputs: Od_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`и`)
};

const kk_od_and = /** @type {(inputs: Od_AndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`және`)
};

/**
* | output |
* | --- |
* | "and" |
*
* @param {Od_AndInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_and = /** @type {((inputs?: Od_AndInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_AndInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_and(inputs)
	if (locale === "kk") return kk_od_and(inputs)
	return en_od_and(inputs)
});