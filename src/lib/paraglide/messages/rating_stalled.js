/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rating_StalledInputs */

const en_rating_stalled = /** @type {(inputs: Rating_StalledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stalled`)
};

const ru_rating_stalled = /** @type {(inputs: Rating_StalledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Застопорилось`)
};

const kk_rating_stalled = /** @type {(inputs: Rating_StalledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тоқтап тұр`)
};

/**
* | output |
* | --- |
* | "Stalled" |
*
* @param {Rating_StalledInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const rating_stalled = /** @type {((inputs?: Rating_StalledInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rating_StalledInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_rating_stalled(inputs)
	if (locale === "kk") return kk_rating_stalled(inputs)
	return en_rating_stalled(inputs)
});