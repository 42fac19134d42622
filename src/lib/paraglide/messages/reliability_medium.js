/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reliability_MediumInputs */

const en_reliability_medium = /** @type {(inputs: Reliability_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Medium`)
};

const ru_reliability_medium = /** @type {(inputs: Reliability_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Средняя`)
};

const kk_reliability_medium = /** @type {(inputs: Reliability_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Орташа`)
};

/**
* | output |
* | --- |
* | "Medium" |
*
* @param {Reliability_MediumInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const reliability_medium = /** @type {((inputs?: Reliability_MediumInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reliability_MediumInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_reliability_medium(inputs)
	if (locale === "kk") return kk_reliability_medium(inputs)
	return en_reliability_medium(inputs)
});