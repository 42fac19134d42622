/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ask_Status_OpenInputs */

const en_ask_status_open = /** @type {(inputs: Ask_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

const ru_ask_status_open = /** @type {(inputs: Ask_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Открыто`)
};

const kk_ask_status_open = /** @type {(inputs: Ask_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ашық`)
};

/**
* | output |
* | --- |
* | "Open" |
*
* @param {Ask_Status_OpenInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const ask_status_open = /** @type {((inputs?: Ask_Status_OpenInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ask_Status_OpenInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_ask_status_open(inputs)
	if (locale === "kk") return kk_ask_status_open(inputs)
	return en_ask_status_open(inputs)
});