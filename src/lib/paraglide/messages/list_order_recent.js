/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Order_RecentInputs */

const en_list_order_recent = /** @type {(inputs: List_Order_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`most recent first`)
};

const ru_list_order_recent = /** @type {(inputs: List_Order_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`сначала последние`)
};

const kk_list_order_recent = /** @type {(inputs: List_Order_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`алдымен соңғылары`)
};

/**
* | output |
* | --- |
* | "most recent first" |
*
* @param {List_Order_RecentInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_order_recent = /** @type {((inputs?: List_Order_RecentInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Order_RecentInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_order_recent(inputs)
	if (locale === "kk") return kk_list_order_recent(inputs)
	return en_list_order_recent(inputs)
});