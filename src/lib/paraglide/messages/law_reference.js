/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_ReferenceInputs */

const en_law_reference = /** @type {(inputs: Law_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reference`)
};

const ru_law_reference = /** @type {(inputs: Law_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Номер и статья`)
};

const kk_law_reference = /** @type {(inputs: Law_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нөмірі мен бабы`)
};

/**
* | output |
* | --- |
* | "Reference" |
*
* @param {Law_ReferenceInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_reference = /** @type {((inputs?: Law_ReferenceInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_ReferenceInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_reference(inputs)
	if (locale === "kk") return kk_law_reference(inputs)
	return en_law_reference(inputs)
});