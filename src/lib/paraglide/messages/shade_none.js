/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shade_NoneInputs */

const en_shade_none = /** @type {(inputs: Shade_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no published record`)
};

const ru_shade_none = /** @type {(inputs: Shade_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`нет опубликованных записей`)
};

const kk_shade_none = /** @type {(inputs: Shade_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`жарияланған жазба жоқ`)
};

/**
* | output |
* | --- |
* | "no published record" |
*
* @param {Shade_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const shade_none = /** @type {((inputs?: Shade_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shade_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_shade_none(inputs)
	if (locale === "kk") return kk_shade_none(inputs)
	return en_shade_none(inputs)
});