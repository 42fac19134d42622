/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_AffectedInputs */

const en_case_affected = /** @type {(inputs: Case_AffectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Affected`)
};

const ru_case_affected = /** @type {(inputs: Case_AffectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пострадавшие`)
};

const kk_case_affected = /** @type {(inputs: Case_AffectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зардап шеккендер`)
};

/**
* | output |
* | --- |
* | "Affected" |
*
* @param {Case_AffectedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_affected = /** @type {((inputs?: Case_AffectedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_AffectedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_affected(inputs)
	if (locale === "kk") return kk_case_affected(inputs)
	return en_case_affected(inputs)
});