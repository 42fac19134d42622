/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ page: NonNullable<unknown>, pages: NonNullable<unknown> }} List_No_PageInputs */

const en_list_no_page = /** @type {(inputs: List_No_PageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no page ${i?.page}; the list has ${i?.pages}.`)
};

const ru_list_no_page = /** @type {(inputs: List_No_PageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Страницы ${i?.page} нет; в списке страниц: ${i?.pages}.`)
};

const kk_list_no_page = /** @type {(inputs: List_No_PageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.page}-бет жоқ; тізімде ${i?.pages} бет бар.`)
};

/**
* | output |
* | --- |
* | "There is no page {page}; the list has {pages}." |
*
* @param {List_No_PageInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_no_page = /** @type {((inputs: List_No_PageInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_No_PageInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_no_page(inputs)
	if (locale === "kk") return kk_list_no_page(inputs)
	return en_list_no_page(inputs)
});