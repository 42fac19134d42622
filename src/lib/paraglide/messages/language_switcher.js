/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Language_SwitcherInputs */

const en_language_switcher = /** @type {(inputs: Language_SwitcherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

const ru_language_switcher = /** @type {(inputs: Language_SwitcherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Язык`)
};

const kk_language_switcher = /** @type {(inputs: Language_SwitcherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Тіл`)
};

/**
* | output |
* | --- |
* | "Language" |
*
* @param {Language_SwitcherInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const language_switcher = /** @type {((inputs?: Language_SwitcherInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_SwitcherInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_language_switcher(inputs)
	if (locale === "kk") return kk_language_switcher(inputs)
	return en_language_switcher(inputs)
});