/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_Cases_HeadingInputs */

const en_law_cases_heading = /** @type {(inputs: Law_Cases_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cases under this law`)
};

const ru_law_cases_heading = /** @type {(inputs: Law_Cases_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Случаи по этому закону`)
};

const kk_law_cases_heading = /** @type {(inputs: Law_Cases_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы заң бойынша жағдайлар`)
};

/**
* | output |
* | --- |
* | "Cases under this law" |
*
* @param {Law_Cases_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_cases_heading = /** @type {((inputs?: Law_Cases_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_Cases_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_cases_heading(inputs)
	if (locale === "kk") return kk_law_cases_heading(inputs)
	return en_law_cases_heading(inputs)
});