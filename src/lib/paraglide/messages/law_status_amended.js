/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_Status_AmendedInputs */

const en_law_status_amended = /** @type {(inputs: Law_Status_AmendedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Amended`)
};

const ru_law_status_amended = /** @type {(inputs: Law_Status_AmendedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`С поправками`)
};

const kk_law_status_amended = /** @type {(inputs: Law_Status_AmendedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Өзгертілген`)
};

/**
* | output |
* | --- |
* | "Amended" |
*
* @param {Law_Status_AmendedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_status_amended = /** @type {((inputs?: Law_Status_AmendedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_Status_AmendedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_status_amended(inputs)
	if (locale === "kk") return kk_law_status_amended(inputs)
	return en_law_status_amended(inputs)
});