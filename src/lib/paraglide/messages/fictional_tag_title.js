/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fictional_Tag_TitleInputs */

const en_fictional_tag_title = /** @type {(inputs: Fictional_Tag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Generated data for a fictional country; it describes nothing real.`)
};

const ru_fictional_tag_title = /** @type {(inputs: Fictional_Tag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сгенерированные данные о вымышленной стране; они не описывают ничего реального.`)
};

const kk_fictional_tag_title = /** @type {(inputs: Fictional_Tag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ойдан шығарылған елдің жасанды деректері; олар шындықта болған ештеңені сипаттамайды.`)
};

/**
* | output |
* | --- |
* | "Generated data for a fictional country; it describes nothing real." |
*
* @param {Fictional_Tag_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const fictional_tag_title = /** @type {((inputs?: Fictional_Tag_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fictional_Tag_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_fictional_tag_title(inputs)
	if (locale === "kk") return kk_fictional_tag_title(inputs)
	return en_fictional_tag_title(inputs)
});