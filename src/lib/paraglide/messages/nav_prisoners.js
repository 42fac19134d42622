/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_PrisonersInputs */

const en_nav_prisoners = /** @type {(inputs: Nav_PrisonersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Political prisoners`)
};

const ru_nav_prisoners = /** @type {(inputs: Nav_PrisonersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Политзаключённые`)
};

const kk_nav_prisoners = /** @type {(inputs: Nav_PrisonersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Саяси тұтқындар`)
};

/**
* | output |
* | --- |
* | "Political prisoners" |
*
* @param {Nav_PrisonersInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const nav_prisoners = /** @type {((inputs?: Nav_PrisonersInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_PrisonersInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_nav_prisoners(inputs)
	if (locale === "kk") return kk_nav_prisoners(inputs)
	return en_nav_prisoners(inputs)
});