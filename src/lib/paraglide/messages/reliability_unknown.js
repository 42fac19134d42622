/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reliability_UnknownInputs */

const en_reliability_unknown = /** @type {(inputs: Reliability_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not graded`)
};

const ru_reliability_unknown = /** @type {(inputs: Reliability_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не оценена`)
};

const kk_reliability_unknown = /** @type {(inputs: Reliability_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бағаланбаған`)
};

/**
* | output |
* | --- |
* | "Not graded" |
*
* @param {Reliability_UnknownInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const reliability_unknown = /** @type {((inputs?: Reliability_UnknownInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reliability_UnknownInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_reliability_unknown(inputs)
	if (locale === "kk") return kk_reliability_unknown(inputs)
	return en_reliability_unknown(inputs)
});