/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shade_MixedInputs */

const en_shade_mixed = /** @type {(inputs: Shade_MixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mixed ratings`)
};

const ru_shade_mixed = /** @type {(inputs: Shade_MixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`оценки разные`)
};

const kk_shade_mixed = /** @type {(inputs: Shade_MixedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`бағалар әртүрлі`)
};

/**
* | output |
* | --- |
* | "mixed ratings" |
*
* @param {Shade_MixedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const shade_mixed = /** @type {((inputs?: Shade_MixedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shade_MixedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_shade_mixed(inputs)
	if (locale === "kk") return kk_shade_mixed(inputs)
	return en_shade_mixed(inputs)
});