/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Pledges_TitleInputs */

const en_list_pledges_title = /** @type {(inputs: List_Pledges_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledges`)
};

const ru_list_pledges_title = /** @type {(inputs: List_Pledges_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещания`)
};

const kk_list_pledges_title = /** @type {(inputs: List_Pledges_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уәделер`)
};

/**
* | output |
* | --- |
* | "Pledges" |
*
* @param {List_Pledges_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_pledges_title = /** @type {((inputs?: List_Pledges_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Pledges_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_pledges_title(inputs)
	if (locale === "kk") return kk_list_pledges_title(inputs)
	return en_list_pledges_title(inputs)
});