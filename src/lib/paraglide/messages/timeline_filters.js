/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_FiltersInputs */

const en_timeline_filters = /** @type {(inputs: Timeline_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filter and dates`)
};

const ru_timeline_filters = /** @type {(inputs: Timeline_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Фильтр и даты`)
};

const kk_timeline_filters = /** @type {(inputs: Timeline_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сүзгі және күндер`)
};

/**
* | output |
* | --- |
* | "Filter and dates" |
*
* @param {Timeline_FiltersInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_filters = /** @type {((inputs?: Timeline_FiltersInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_FiltersInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_filters(inputs)
	if (locale === "kk") return kk_timeline_filters(inputs)
	return en_timeline_filters(inputs)
});