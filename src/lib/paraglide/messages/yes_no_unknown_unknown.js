/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Yes_No_Unknown_UnknownInputs */

const en_yes_no_unknown_unknown = /** @type {(inputs: Yes_No_Unknown_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not known`)
};

const ru_yes_no_unknown_unknown = /** @type {(inputs: Yes_No_Unknown_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Неизвестно`)
};

const kk_yes_no_unknown_unknown = /** @type {(inputs: Yes_No_Unknown_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Белгісіз`)
};

/**
* | output |
* | --- |
* | "Not known" |
*
* @param {Yes_No_Unknown_UnknownInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const yes_no_unknown_unknown = /** @type {((inputs?: Yes_No_Unknown_UnknownInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Yes_No_Unknown_UnknownInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_yes_no_unknown_unknown(inputs)
	if (locale === "kk") return kk_yes_no_unknown_unknown(inputs)
	return en_yes_no_unknown_unknown(inputs)
});