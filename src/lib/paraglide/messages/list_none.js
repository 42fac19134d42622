/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_NoneInputs */

const en_list_none = /** @type {(inputs: List_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No published record matches.`)
};

const ru_list_none = /** @type {(inputs: List_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подходящих опубликованных записей нет.`)
};

const kk_list_none = /** @type {(inputs: List_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сәйкес келетін жарияланған жазба жоқ.`)
};

/**
* | output |
* | --- |
* | "No published record matches." |
*
* @param {List_NoneInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_none = /** @type {((inputs?: List_NoneInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_NoneInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_none(inputs)
	if (locale === "kk") return kk_list_none(inputs)
	return en_list_none(inputs)
});