/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reliability_LowInputs */

const en_reliability_low = /** @type {(inputs: Reliability_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Low`)
};

const ru_reliability_low = /** @type {(inputs: Reliability_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Низкая`)
};

const kk_reliability_low = /** @type {(inputs: Reliability_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Төмен`)
};

/**
* | output |
* | --- |
* | "Low" |
*
* @param {Reliability_LowInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const reliability_low = /** @type {((inputs?: Reliability_LowInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reliability_LowInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_reliability_low(inputs)
	if (locale === "kk") return kk_reliability_low(inputs)
	return en_reliability_low(inputs)
});