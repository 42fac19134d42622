/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Law_LatestInputs */

const en_list_law_latest = /** @type {(inputs: List_Law_LatestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`most recently`)
};

const ru_list_law_latest = /** @type {(inputs: List_Law_LatestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`последний раз`)
};

const kk_list_law_latest = /** @type {(inputs: List_Law_LatestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`соңғы рет`)
};

/**
* | output |
* | --- |
* | "most recently" |
*
* @param {List_Law_LatestInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_law_latest = /** @type {((inputs?: List_Law_LatestInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Law_LatestInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_law_latest(inputs)
	if (locale === "kk") return kk_list_law_latest(inputs)
	return en_list_law_latest(inputs)
});