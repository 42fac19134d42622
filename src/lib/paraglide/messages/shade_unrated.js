/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shade_UnratedInputs */

const en_shade_unrated = /** @type {(inputs: Shade_UnratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none rated yet`)
};

const ru_shade_unrated = /** @type {(inputs: Shade_UnratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`оценок пока нет`)
};

const kk_shade_unrated = /** @type {(inputs: Shade_UnratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`әзірге бағаланбаған`)
};

/**
* | output |
* | --- |
* | "none rated yet" |
*
* @param {Shade_UnratedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const shade_unrated = /** @type {((inputs?: Shade_UnratedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shade_UnratedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_shade_unrated(inputs)
	if (locale === "kk") return kk_shade_unrated(inputs)
	return en_shade_unrated(inputs)
});