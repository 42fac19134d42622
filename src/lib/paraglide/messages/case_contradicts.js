/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_ContradictsInputs */

const en_case_contradicts = /** @type {(inputs: Case_ContradictsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contradicts`)
};

const ru_case_contradicts = /** @type {(inputs: Case_ContradictsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Противоречит`)
};

const kk_case_contradicts = /** @type {(inputs: Case_ContradictsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қайшы келеді`)
};

/**
* | output |
* | --- |
* | "Contradicts" |
*
* @param {Case_ContradictsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_contradicts = /** @type {((inputs?: Case_ContradictsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_ContradictsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_contradicts(inputs)
	if (locale === "kk") return kk_case_contradicts(inputs)
	return en_case_contradicts(inputs)
});