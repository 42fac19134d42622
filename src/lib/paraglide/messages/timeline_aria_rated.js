/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ rating: NonNullable<unknown> }} Timeline_Aria_RatedInputs */

const en_timeline_aria_rated = /** @type {(inputs: Timeline_Aria_RatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`rated ${i?.rating}`)
};

const ru_timeline_aria_rated = /** @type {(inputs: Timeline_Aria_RatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`оценка: ${i?.rating}`)
};

const kk_timeline_aria_rated = /** @type {(inputs: Timeline_Aria_RatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`бағасы: ${i?.rating}`)
};

/**
* | output |
* | --- |
* | "rated {rating}" |
*
* @param {Timeline_Aria_RatedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_aria_rated = /** @type {((inputs: Timeline_Aria_RatedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Aria_RatedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_aria_rated(inputs)
	if (locale === "kk") return kk_timeline_aria_rated(inputs)
	return en_timeline_aria_rated(inputs)
});