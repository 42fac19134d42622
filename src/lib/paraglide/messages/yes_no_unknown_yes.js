/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Yes_No_Unknown_YesInputs */

const en_yes_no_unknown_yes = /** @type {(inputs: Yes_No_Unknown_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yes`)
};

const ru_yes_no_unknown_yes = /** @type {(inputs: Yes_No_Unknown_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Да`)
};

const kk_yes_no_unknown_yes = /** @type {(inputs: Yes_No_Unknown_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Иә`)
};

/**
* | output |
* | --- |
* | "Yes" |
*
* @param {Yes_No_Unknown_YesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const yes_no_unknown_yes = /** @type {((inputs?: Yes_No_Unknown_YesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Yes_No_Unknown_YesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_yes_no_unknown_yes(inputs)
	if (locale === "kk") return kk_yes_no_unknown_yes(inputs)
	return en_yes_no_unknown_yes(inputs)
});