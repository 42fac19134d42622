/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_Applied_InInputs */

const en_law_applied_in = /** @type {(inputs: Law_Applied_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Applied in`)
};

const ru_law_applied_in = /** @type {(inputs: Law_Applied_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Применён в случаях`)
};

const kk_law_applied_in = /** @type {(inputs: Law_Applied_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қолданылған жағдайлар`)
};

/**
* | output |
* | --- |
* | "Applied in" |
*
* @param {Law_Applied_InInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_applied_in = /** @type {((inputs?: Law_Applied_InInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_Applied_InInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_applied_in(inputs)
	if (locale === "kk") return kk_law_applied_in(inputs)
	return en_law_applied_in(inputs)
});