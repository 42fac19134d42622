/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cases_HeadingInputs */

const en_cases_heading = /** @type {(inputs: Cases_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Documented cases`)
};

const ru_cases_heading = /** @type {(inputs: Cases_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Задокументированные случаи`)
};

const kk_cases_heading = /** @type {(inputs: Cases_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Құжатталған жағдайлар`)
};

/**
* | output |
* | --- |
* | "Documented cases" |
*
* @param {Cases_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const cases_heading = /** @type {((inputs?: Cases_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cases_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_cases_heading(inputs)
	if (locale === "kk") return kk_cases_heading(inputs)
	return en_cases_heading(inputs)
});