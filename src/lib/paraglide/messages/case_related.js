/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_RelatedInputs */

const en_case_related = /** @type {(inputs: Case_RelatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Related cases`)
};

const ru_case_related = /** @type {(inputs: Case_RelatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Связанные случаи`)
};

const kk_case_related = /** @type {(inputs: Case_RelatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Байланысты жағдайлар`)
};

/**
* | output |
* | --- |
* | "Related cases" |
*
* @param {Case_RelatedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_related = /** @type {((inputs?: Case_RelatedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_RelatedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_related(inputs)
	if (locale === "kk") return kk_case_related(inputs)
	return en_case_related(inputs)
});