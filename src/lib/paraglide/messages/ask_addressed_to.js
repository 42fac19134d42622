/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ask_Addressed_ToInputs */

const en_ask_addressed_to = /** @type {(inputs: Ask_Addressed_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Addressed to`)
};

const ru_ask_addressed_to = /** @type {(inputs: Ask_Addressed_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кому адресовано`)
};

const kk_ask_addressed_to = /** @type {(inputs: Ask_Addressed_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кімге арналған`)
};

/**
* | output |
* | --- |
* | "Addressed to" |
*
* @param {Ask_Addressed_ToInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const ask_addressed_to = /** @type {((inputs?: Ask_Addressed_ToInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ask_Addressed_ToInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_ask_addressed_to(inputs)
	if (locale === "kk") return kk_ask_addressed_to(inputs)
	return en_ask_addressed_to(inputs)
});