/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_No_CasesInputs */

const en_law_no_cases = /** @type {(inputs: Law_No_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No published case records this law being applied.`)
};

const ru_law_no_cases = /** @type {(inputs: Law_No_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ни в одном опубликованном случае применение этого закона не зафиксировано.`)
};

const kk_law_no_cases = /** @type {(inputs: Law_No_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бірде-бір жарияланған жағдайда бұл заңның қолданылғаны тіркелмеген.`)
};

/**
* | output |
* | --- |
* | "No published case records this law being applied." |
*
* @param {Law_No_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_no_cases = /** @type {((inputs?: Law_No_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_No_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_no_cases(inputs)
	if (locale === "kk") return kk_law_no_cases(inputs)
	return en_law_no_cases(inputs)
});