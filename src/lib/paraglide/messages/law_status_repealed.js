/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_Status_RepealedInputs */

const en_law_status_repealed = /** @type {(inputs: Law_Status_RepealedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Repealed`)
};

const ru_law_status_repealed = /** @type {(inputs: Law_Status_RepealedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отменён`)
};

const kk_law_status_repealed = /** @type {(inputs: Law_Status_RepealedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күшін жойған`)
};

/**
* | output |
* | --- |
* | "Repealed" |
*
* @param {Law_Status_RepealedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_status_repealed = /** @type {((inputs?: Law_Status_RepealedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_Status_RepealedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_status_repealed(inputs)
	if (locale === "kk") return kk_law_status_repealed(inputs)
	return en_law_status_repealed(inputs)
});