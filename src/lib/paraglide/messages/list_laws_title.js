/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Laws_TitleInputs */

const en_list_laws_title = /** @type {(inputs: List_Laws_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laws`)
};

const ru_list_laws_title = /** @type {(inputs: List_Laws_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Законы`)
};

const kk_list_laws_title = /** @type {(inputs: List_Laws_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заңдар`)
};

/**
* | output |
* | --- |
* | "Laws" |
*
* @param {List_Laws_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_laws_title = /** @type {((inputs?: List_Laws_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Laws_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_laws_title(inputs)
	if (locale === "kk") return kk_list_laws_title(inputs)
	return en_list_laws_title(inputs)
});