/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Laws_AppliedInputs */

const en_case_laws_applied = /** @type {(inputs: Case_Laws_AppliedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laws applied`)
};

const ru_case_laws_applied = /** @type {(inputs: Case_Laws_AppliedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Применённые законы`)
};

const kk_case_laws_applied = /** @type {(inputs: Case_Laws_AppliedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қолданылған заңдар`)
};

/**
* | output |
* | --- |
* | "Laws applied" |
*
* @param {Case_Laws_AppliedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_laws_applied = /** @type {((inputs?: Case_Laws_AppliedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Laws_AppliedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_laws_applied(inputs)
	if (locale === "kk") return kk_case_laws_applied(inputs)
	return en_case_laws_applied(inputs)
});