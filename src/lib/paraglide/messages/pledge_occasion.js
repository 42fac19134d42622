/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_OccasionInputs */

const en_pledge_occasion = /** @type {(inputs: Pledge_OccasionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Occasion`)
};

const ru_pledge_occasion = /** @type {(inputs: Pledge_OccasionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Повод`)
};

const kk_pledge_occasion = /** @type {(inputs: Pledge_OccasionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Себебі`)
};

/**
* | output |
* | --- |
* | "Occasion" |
*
* @param {Pledge_OccasionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_occasion = /** @type {((inputs?: Pledge_OccasionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_OccasionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_occasion(inputs)
	if (locale === "kk") return kk_pledge_occasion(inputs)
	return en_pledge_occasion(inputs)
});