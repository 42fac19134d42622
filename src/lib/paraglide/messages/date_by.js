/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ date: NonNullable<unknown> }} Date_ByInputs */

const en_date_by = /** @type {(inputs: Date_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`by ${i?.date}`)
};

const ru_date_by = /** @type {(inputs: Date_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} или раньше`)
};

const kk_date_by = /** @type {(inputs: Date_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} немесе одан ерте`)
};

/**
* | output |
* | --- |
* | "by {date}" |
*
* @param {Date_ByInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const date_by = /** @type {((inputs: Date_ByInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Date_ByInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_date_by(inputs)
	if (locale === "kk") return kk_date_by(inputs)
	return en_date_by(inputs)
});