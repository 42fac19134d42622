/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Order_TitleInputs */

const en_list_order_title = /** @type {(inputs: List_Order_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by title`)
};

const ru_list_order_title = /** @type {(inputs: List_Order_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`по названию`)
};

const kk_list_order_title = /** @type {(inputs: List_Order_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`атауы бойынша`)
};

/**
* | output |
* | --- |
* | "by title" |
*
* @param {List_Order_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_order_title = /** @type {((inputs?: List_Order_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Order_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_order_title(inputs)
	if (locale === "kk") return kk_list_order_title(inputs)
	return en_list_order_title(inputs)
});