/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_LawsInputs */

const en_nav_laws = /** @type {(inputs: Nav_LawsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laws`)
};

const ru_nav_laws = /** @type {(inputs: Nav_LawsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Законы`)
};

const kk_nav_laws = /** @type {(inputs: Nav_LawsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заңдар`)
};

/**
* | output |
* | --- |
* | "Laws" |
*
* @param {Nav_LawsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const nav_laws = /** @type {((inputs?: Nav_LawsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_LawsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_nav_laws(inputs)
	if (locale === "kk") return kk_nav_laws(inputs)
	return en_nav_laws(inputs)
});