/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ country: NonNullable<unknown> }} Pledges_NoneInputs */

const en_pledges_none = /** @type {(inputs: Pledges_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No pledge has been published for ${i?.country} yet.`)
};

const ru_pledges_none = /** @type {(inputs: Pledges_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Обещаний по стране «${i?.country}» пока не опубликовано.`)
};

const kk_pledges_none = /** @type {(inputs: Pledges_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.country}» бойынша әзірге бірде-бір уәде жарияланған жоқ.`)
};

/**
* | output |
* | --- |
* | "No pledge has been published for {country} yet." |
*
* @param {Pledges_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledges_none = /** @type {((inputs: Pledges_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledges_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledges_none(inputs)
	if (locale === "kk") return kk_pledges_none(inputs)
	return en_pledges_none(inputs)
});