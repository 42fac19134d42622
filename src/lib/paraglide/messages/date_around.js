/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ date: NonNullable<unknown> }} Date_AroundInputs */

const en_date_around = /** @type {(inputs: Date_AroundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`around ${i?.date}`)
};

const ru_date_around = /** @type {(inputs: Date_AroundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`приблизительно ${i?.date}`)
};

const kk_date_around = /** @type {(inputs: Date_AroundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`шамамен ${i?.date}`)
};

/**
* | output |
* | --- |
* | "around {date}" |
*
* @param {Date_AroundInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const date_around = /** @type {((inputs: Date_AroundInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Date_AroundInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_date_around(inputs)
	if (locale === "kk") return kk_date_around(inputs)
	return en_date_around(inputs)
});