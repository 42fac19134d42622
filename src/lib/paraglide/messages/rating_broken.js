/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rating_BrokenInputs */

const en_rating_broken = /** @type {(inputs: Rating_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Broken`)
};

const ru_rating_broken = /** @type {(inputs: Rating_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нарушено`)
};

const kk_rating_broken = /** @type {(inputs: Rating_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұзылды`)
};

/**
* | output |
* | --- |
* | "Broken" |
*
* @param {Rating_BrokenInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const rating_broken = /** @type {((inputs?: Rating_BrokenInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rating_BrokenInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_rating_broken(inputs)
	if (locale === "kk") return kk_rating_broken(inputs)
	return en_rating_broken(inputs)
});