/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fictional_TagInputs */

const en_fictional_tag = /** @type {(inputs: Fictional_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fictional`)
};

const ru_fictional_tag = /** @type {(inputs: Fictional_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`вымышленная`)
};

const kk_fictional_tag = /** @type {(inputs: Fictional_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ойдан шығарылған`)
};

/**
* | output |
* | --- |
* | "fictional" |
*
* @param {Fictional_TagInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const fictional_tag = /** @type {((inputs?: Fictional_TagInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fictional_TagInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_fictional_tag(inputs)
	if (locale === "kk") return kk_fictional_tag(inputs)
	return en_fictional_tag(inputs)
});