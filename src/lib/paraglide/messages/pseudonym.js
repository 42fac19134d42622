/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} PseudonymInputs */

const en_pseudonym = /** @type {(inputs: PseudonymInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pseudonym`)
};

const ru_pseudonym = /** @type {(inputs: PseudonymInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`псевдоним`)
};

const kk_pseudonym = /** @type {(inputs: PseudonymInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`бүркеншік ат`)
};

/**
* | output |
* | --- |
* | "pseudonym" |
*
* @param {PseudonymInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pseudonym = /** @type {((inputs?: PseudonymInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<PseudonymInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pseudonym(inputs)
	if (locale === "kk") return kk_pseudonym(inputs)
	return en_pseudonym(inputs)
});