/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pseudonym_TitleInputs */

const en_pseudonym_title = /** @type {(inputs: Pseudonym_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A pseudonym: the real name is withheld for their safety.`)
};

const ru_pseudonym_title = /** @type {(inputs: Pseudonym_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Псевдоним: настоящее имя не раскрывается ради безопасности человека.`)
};

const kk_pseudonym_title = /** @type {(inputs: Pseudonym_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бүркеншік ат: адамның қауіпсіздігі үшін шын аты жасырылған.`)
};

/**
* | output |
* | --- |
* | "A pseudonym: the real name is withheld for their safety." |
*
* @param {Pseudonym_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pseudonym_title = /** @type {((inputs?: Pseudonym_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pseudonym_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pseudonym_title(inputs)
	if (locale === "kk") return kk_pseudonym_title(inputs)
	return en_pseudonym_title(inputs)
});