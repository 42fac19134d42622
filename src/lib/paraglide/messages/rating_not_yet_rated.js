/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rating_Not_Yet_RatedInputs */

const en_rating_not_yet_rated = /** @type {(inputs: Rating_Not_Yet_RatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not yet rated`)
};

const ru_rating_not_yet_rated = /** @type {(inputs: Rating_Not_Yet_RatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ещё не оценено`)
};

const kk_rating_not_yet_rated = /** @type {(inputs: Rating_Not_Yet_RatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әлі бағаланбаған`)
};

/**
* | output |
* | --- |
* | "Not yet rated" |
*
* @param {Rating_Not_Yet_RatedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const rating_not_yet_rated = /** @type {((inputs?: Rating_Not_Yet_RatedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rating_Not_Yet_RatedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_rating_not_yet_rated(inputs)
	if (locale === "kk") return kk_rating_not_yet_rated(inputs)
	return en_rating_not_yet_rated(inputs)
});