/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Eu_ShortInputs */

const en_timeline_eu_short = /** @type {(inputs: Timeline_Eu_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`EU`)
};

const ru_timeline_eu_short = /** @type {(inputs: Timeline_Eu_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕС`)
};

const kk_timeline_eu_short = /** @type {(inputs: Timeline_Eu_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО`)
};

/**
* | output |
* | --- |
* | "EU" |
*
* @param {Timeline_Eu_ShortInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_eu_short = /** @type {((inputs?: Timeline_Eu_ShortInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Eu_ShortInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_eu_short(inputs)
	if (locale === "kk") return kk_timeline_eu_short(inputs)
	return en_timeline_eu_short(inputs)
});