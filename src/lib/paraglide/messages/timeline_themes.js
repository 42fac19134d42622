/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_ThemesInputs */

const en_timeline_themes = /** @type {(inputs: Timeline_ThemesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Themes`)
};

const ru_timeline_themes = /** @type {(inputs: Timeline_ThemesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Темы`)
};

const kk_timeline_themes = /** @type {(inputs: Timeline_ThemesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тақырыптар`)
};

/**
* | output |
* | --- |
* | "Themes" |
*
* @param {Timeline_ThemesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_themes = /** @type {((inputs?: Timeline_ThemesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_ThemesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_themes(inputs)
	if (locale === "kk") return kk_timeline_themes(inputs)
	return en_timeline_themes(inputs)
});