/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ country: NonNullable<unknown> }} Cases_NoneInputs */

const en_cases_none = /** @type {(inputs: Cases_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No case has been published for ${i?.country} yet.`)
};

const ru_cases_none = /** @type {(inputs: Cases_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Случаев по стране «${i?.country}» пока не опубликовано.`)
};

const kk_cases_none = /** @type {(inputs: Cases_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.country}» бойынша әзірге бірде-бір жағдай жарияланған жоқ.`)
};

/**
* | output |
* | --- |
* | "No case has been published for {country} yet." |
*
* @param {Cases_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const cases_none = /** @type {((inputs: Cases_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cases_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_cases_none(inputs)
	if (locale === "kk") return kk_cases_none(inputs)
	return en_cases_none(inputs)
});