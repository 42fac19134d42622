/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Type_Assembly_DispersalInputs */

const en_case_type_assembly_dispersal = /** @type {(inputs: Case_Type_Assembly_DispersalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assembly dispersal`)
};

const ru_case_type_assembly_dispersal = /** @type {(inputs: Case_Type_Assembly_DispersalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Разгон собрания`)
};

const kk_case_type_assembly_dispersal = /** @type {(inputs: Case_Type_Assembly_DispersalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жиынды тарату`)
};

/**
* | output |
* | --- |
* | "Assembly dispersal" |
*
* @param {Case_Type_Assembly_DispersalInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_type_assembly_dispersal = /** @type {((inputs?: Case_Type_Assembly_DispersalInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Type_Assembly_DispersalInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_type_assembly_dispersal(inputs)
	if (locale === "kk") return kk_case_type_assembly_dispersal(inputs)
	return en_case_type_assembly_dispersal(inputs)
});