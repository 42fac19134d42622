/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Pledge_MadeInputs */

const en_list_pledge_made = /** @type {(inputs: List_Pledge_MadeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Made`)
};

const ru_list_pledge_made = /** @type {(inputs: List_Pledge_MadeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дано`)
};

const kk_list_pledge_made = /** @type {(inputs: List_Pledge_MadeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Берілген`)
};

/**
* | output |
* | --- |
* | "Made" |
*
* @param {List_Pledge_MadeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_pledge_made = /** @type {((inputs?: List_Pledge_MadeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Pledge_MadeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_pledge_made(inputs)
	if (locale === "kk") return kk_list_pledge_made(inputs)
	return en_list_pledge_made(inputs)
});