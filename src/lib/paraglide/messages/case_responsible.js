/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_ResponsibleInputs */

const en_case_responsible = /** @type {(inputs: Case_ResponsibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Responsible`)
};

const ru_case_responsible = /** @type {(inputs: Case_ResponsibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ответственные`)
};

const kk_case_responsible = /** @type {(inputs: Case_ResponsibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жауаптылар`)
};

/**
* | output |
* | --- |
* | "Responsible" |
*
* @param {Case_ResponsibleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_responsible = /** @type {((inputs?: Case_ResponsibleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_ResponsibleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_responsible(inputs)
	if (locale === "kk") return kk_case_responsible(inputs)
	return en_case_responsible(inputs)
});