/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_OutcomeInputs */

const en_case_outcome = /** @type {(inputs: Case_OutcomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outcome`)
};

const ru_case_outcome = /** @type {(inputs: Case_OutcomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Итог`)
};

const kk_case_outcome = /** @type {(inputs: Case_OutcomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нәтижесі`)
};

/**
* | output |
* | --- |
* | "Outcome" |
*
* @param {Case_OutcomeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_outcome = /** @type {((inputs?: Case_OutcomeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_OutcomeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_outcome(inputs)
	if (locale === "kk") return kk_case_outcome(inputs)
	return en_case_outcome(inputs)
});