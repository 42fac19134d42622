/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_No_CasesInputs */

const en_home_no_cases = /** @type {(inputs: Home_No_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No published cases yet.`)
};

const ru_home_no_cases = /** @type {(inputs: Home_No_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опубликованных случаев пока нет.`)
};

const kk_home_no_cases = /** @type {(inputs: Home_No_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жарияланған жағдайлар әзірге жоқ.`)
};

/**
* | output |
* | --- |
* | "No published cases yet." |
*
* @param {Home_No_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_no_cases = /** @type {((inputs?: Home_No_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_No_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_no_cases(inputs)
	if (locale === "kk") return kk_home_no_cases(inputs)
	return en_home_no_cases(inputs)
});