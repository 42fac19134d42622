/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Type_Criminal_InvestigationInputs */

const en_case_type_criminal_investigation = /** @type {(inputs: Case_Type_Criminal_InvestigationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Criminal investigation`)
};

const ru_case_type_criminal_investigation = /** @type {(inputs: Case_Type_Criminal_InvestigationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уголовное расследование`)
};

const kk_case_type_criminal_investigation = /** @type {(inputs: Case_Type_Criminal_InvestigationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қылмыстық тергеу`)
};

/**
* | output |
* | --- |
* | "Criminal investigation" |
*
* @param {Case_Type_Criminal_InvestigationInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_type_criminal_investigation = /** @type {((inputs?: Case_Type_Criminal_InvestigationInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Type_Criminal_InvestigationInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_type_criminal_investigation(inputs)
	if (locale === "kk") return kk_case_type_criminal_investigation(inputs)
	return en_case_type_criminal_investigation(inputs)
});