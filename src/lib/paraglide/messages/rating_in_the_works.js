/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rating_In_The_WorksInputs */

const en_rating_in_the_works = /** @type {(inputs: Rating_In_The_WorksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In the works`)
};

const ru_rating_in_the_works = /** @type {(inputs: Rating_In_The_WorksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`В работе`)
};

const kk_rating_in_the_works = /** @type {(inputs: Rating_In_The_WorksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жұмыс үстінде`)
};

/**
* | output |
* | --- |
* | "In the works" |
*
* @param {Rating_In_The_WorksInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const rating_in_the_works = /** @type {((inputs?: Rating_In_The_WorksInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rating_In_The_WorksInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_rating_in_the_works(inputs)
	if (locale === "kk") return kk_rating_in_the_works(inputs)
	return en_rating_in_the_works(inputs)
});