/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ask_Status_IgnoredInputs */

const en_ask_status_ignored = /** @type {(inputs: Ask_Status_IgnoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ignored`)
};

const ru_ask_status_ignored = /** @type {(inputs: Ask_Status_IgnoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проигнорировано`)
};

const kk_ask_status_ignored = /** @type {(inputs: Ask_Status_IgnoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Елеусіз қалды`)
};

/**
* | output |
* | --- |
* | "Ignored" |
*
* @param {Ask_Status_IgnoredInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const ask_status_ignored = /** @type {((inputs?: Ask_Status_IgnoredInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ask_Status_IgnoredInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_ask_status_ignored(inputs)
	if (locale === "kk") return kk_ask_status_ignored(inputs)
	return en_ask_status_ignored(inputs)
});