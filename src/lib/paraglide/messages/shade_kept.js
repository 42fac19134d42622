/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shade_KeptInputs */

const en_shade_kept = /** @type {(inputs: Shade_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mostly Kept or Compromise`)
};

const ru_shade_kept = /** @type {(inputs: Shade_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`в основном «Выполнено» или «Компромисс»`)
};

const kk_shade_kept = /** @type {(inputs: Shade_KeptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`көбіне «Орындалды» немесе «Ымыра»`)
};

/**
* | output |
* | --- |
* | "mostly Kept or Compromise" |
*
* @param {Shade_KeptInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const shade_kept = /** @type {((inputs?: Shade_KeptInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shade_KeptInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_shade_kept(inputs)
	if (locale === "kk") return kk_shade_kept(inputs)
	return en_shade_kept(inputs)
});