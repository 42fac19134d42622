/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_CasesInputs */

const en_nav_cases = /** @type {(inputs: Nav_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cases`)
};

const ru_nav_cases = /** @type {(inputs: Nav_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Случаи`)
};

const kk_nav_cases = /** @type {(inputs: Nav_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жағдайлар`)
};

/**
* | output |
* | --- |
* | "Cases" |
*
* @param {Nav_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const nav_cases = /** @type {((inputs?: Nav_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_nav_cases(inputs)
	if (locale === "kk") return kk_nav_cases(inputs)
	return en_nav_cases(inputs)
});