/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Yes_No_Unknown_NoInputs */

const en_yes_no_unknown_no = /** @type {(inputs: Yes_No_Unknown_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No`)
};

const ru_yes_no_unknown_no = /** @type {(inputs: Yes_No_Unknown_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нет`)
};

const kk_yes_no_unknown_no = /** @type {(inputs: Yes_No_Unknown_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жоқ`)
};

/**
* | output |
* | --- |
* | "No" |
*
* @param {Yes_No_Unknown_NoInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const yes_no_unknown_no = /** @type {((inputs?: Yes_No_Unknown_NoInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Yes_No_Unknown_NoInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_yes_no_unknown_no(inputs)
	if (locale === "kk") return kk_yes_no_unknown_no(inputs)
	return en_yes_no_unknown_no(inputs)
});