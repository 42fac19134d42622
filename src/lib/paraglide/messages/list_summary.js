/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ country: NonNullable<unknown>, count: NonNullable<unknown>, order: NonNullable<unknown> }} List_SummaryInputs */

const en_list_summary = /** @type {(inputs: List_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: ${i?.count} published, ${i?.order}`)
};

const ru_list_summary = /** @type {(inputs: List_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: опубликовано ${i?.count}, ${i?.order}`)
};

const kk_list_summary = /** @type {(inputs: List_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: ${i?.count} жарияланған, ${i?.order}`)
};

/**
* | output |
* | --- |
* | "{country}: {count} published, {order}" |
*
* @param {List_SummaryInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_summary = /** @type {((inputs: List_SummaryInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_SummaryInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_summary(inputs)
	if (locale === "kk") return kk_list_summary(inputs)
	return en_list_summary(inputs)
});