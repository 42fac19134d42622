/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_DatesInputs */

const en_timeline_dates = /** @type {(inputs: Timeline_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dates`)
};

const ru_timeline_dates = /** @type {(inputs: Timeline_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Даты`)
};

const kk_timeline_dates = /** @type {(inputs: Timeline_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күндер`)
};

/**
* | output |
* | --- |
* | "Dates" |
*
* @param {Timeline_DatesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_dates = /** @type {((inputs?: Timeline_DatesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_DatesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_dates(inputs)
	if (locale === "kk") return kk_timeline_dates(inputs)
	return en_timeline_dates(inputs)
});