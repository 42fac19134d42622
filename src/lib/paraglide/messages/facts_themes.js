/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Facts_ThemesInputs */

const en_facts_themes = /** @type {(inputs: Facts_ThemesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Themes`)
};

const ru_facts_themes = /** @type {(inputs: Facts_ThemesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Темы`)
};

const kk_facts_themes = /** @type {(inputs: Facts_ThemesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тақырыптар`)
};

/**
* | output |
* | --- |
* | "Themes" |
*
* @param {Facts_ThemesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const facts_themes = /** @type {((inputs?: Facts_ThemesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Facts_ThemesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_facts_themes(inputs)
	if (locale === "kk") return kk_facts_themes(inputs)
	return en_facts_themes(inputs)
});