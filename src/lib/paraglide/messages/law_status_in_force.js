/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_Status_In_ForceInputs */

const en_law_status_in_force = /** @type {(inputs: Law_Status_In_ForceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In force`)
};

const ru_law_status_in_force = /** @type {(inputs: Law_Status_In_ForceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Действует`)
};

const kk_law_status_in_force = /** @type {(inputs: Law_Status_In_ForceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күшінде`)
};

/**
* | output |
* | --- |
* | "In force" |
*
* @param {Law_Status_In_ForceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_status_in_force = /** @type {((inputs?: Law_Status_In_ForceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_Status_In_ForceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_status_in_force(inputs)
	if (locale === "kk") return kk_law_status_in_force(inputs)
	return en_law_status_in_force(inputs)
});