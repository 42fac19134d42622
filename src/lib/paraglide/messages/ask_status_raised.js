/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ask_Status_RaisedInputs */

const en_ask_status_raised = /** @type {(inputs: Ask_Status_RaisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Raised`)
};

const ru_ask_status_raised = /** @type {(inputs: Ask_Status_RaisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Поднято`)
};

const kk_ask_status_raised = /** @type {(inputs: Ask_Status_RaisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Көтерілді`)
};

/**
* | output |
* | --- |
* | "Raised" |
*
* @param {Ask_Status_RaisedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const ask_status_raised = /** @type {((inputs?: Ask_Status_RaisedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ask_Status_RaisedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_ask_status_raised(inputs)
	if (locale === "kk") return kk_ask_status_raised(inputs)
	return en_ask_status_raised(inputs)
});