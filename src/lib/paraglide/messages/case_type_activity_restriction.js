/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Type_Activity_RestrictionInputs */

const en_case_type_activity_restriction = /** @type {(inputs: Case_Type_Activity_RestrictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Activity restriction`)
};

const ru_case_type_activity_restriction = /** @type {(inputs: Case_Type_Activity_RestrictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ограничение деятельности`)
};

const kk_case_type_activity_restriction = /** @type {(inputs: Case_Type_Activity_RestrictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қызметті шектеу`)
};

/**
* | output |
* | --- |
* | "Activity restriction" |
*
* @param {Case_Type_Activity_RestrictionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_type_activity_restriction = /** @type {((inputs?: Case_Type_Activity_RestrictionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Type_Activity_RestrictionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_type_activity_restriction(inputs)
	if (locale === "kk") return kk_case_type_activity_restriction(inputs)
	return en_case_type_activity_restriction(inputs)
});