/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ country: NonNullable<unknown>, count: NonNullable<unknown>, order: NonNullable<unknown>, page: NonNullable<unknown>, pages: NonNullable<unknown> }} List_Summary_PagedInputs */

const en_list_summary_paged = /** @type {(inputs: List_Summary_PagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: ${i?.count} published, ${i?.order}; page ${i?.page} of ${i?.pages}`)
};

const ru_list_summary_paged = /** @type {(inputs: List_Summary_PagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: опубликовано ${i?.count}, ${i?.order}; страница ${i?.page} из ${i?.pages}`)
};

const kk_list_summary_paged = /** @type {(inputs: List_Summary_PagedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: ${i?.count} жарияланған, ${i?.order}; ${i?.pages} беттің ${i?.page}-беті`)
};

/**
* | output |
* | --- |
* | "{country}: {count} published, {order}; page {page} of {pages}" |
*
* @param {List_Summary_PagedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_summary_paged = /** @type {((inputs: List_Summary_PagedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Summary_PagedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_summary_paged(inputs)
	if (locale === "kk") return kk_list_summary_paged(inputs)
	return en_list_summary_paged(inputs)
});