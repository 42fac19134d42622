/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shade_BrokenInputs */

const en_shade_broken = /** @type {(inputs: Shade_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mostly Broken or Stalled`)
};

const ru_shade_broken = /** @type {(inputs: Shade_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`в основном «Нарушено» или «Застопорилось»`)
};

const kk_shade_broken = /** @type {(inputs: Shade_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`көбіне «Бұзылды» немесе «Тоқтап тұр»`)
};

/**
* | output |
* | --- |
* | "mostly Broken or Stalled" |
*
* @param {Shade_BrokenInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const shade_broken = /** @type {((inputs?: Shade_BrokenInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shade_BrokenInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_shade_broken(inputs)
	if (locale === "kk") return kk_shade_broken(inputs)
	return en_shade_broken(inputs)
});