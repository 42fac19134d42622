/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_WhenInputs */

const en_pledge_when = /** @type {(inputs: Pledge_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

const ru_pledge_when = /** @type {(inputs: Pledge_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Когда`)
};

const kk_pledge_when = /** @type {(inputs: Pledge_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қашан`)
};

/**
* | output |
* | --- |
* | "When" |
*
* @param {Pledge_WhenInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_when = /** @type {((inputs?: Pledge_WhenInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_WhenInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_when(inputs)
	if (locale === "kk") return kk_pledge_when(inputs)
	return en_pledge_when(inputs)
});