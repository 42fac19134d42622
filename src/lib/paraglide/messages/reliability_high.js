/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reliability_HighInputs */

const en_reliability_high = /** @type {(inputs: Reliability_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`High`)
};

const ru_reliability_high = /** @type {(inputs: Reliability_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Высокая`)
};

const kk_reliability_high = /** @type {(inputs: Reliability_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жоғары`)
};

/**
* | output |
* | --- |
* | "High" |
*
* @param {Reliability_HighInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const reliability_high = /** @type {((inputs?: Reliability_HighInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reliability_HighInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_reliability_high(inputs)
	if (locale === "kk") return kk_reliability_high(inputs)
	return en_reliability_high(inputs)
});