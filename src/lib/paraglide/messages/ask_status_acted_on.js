/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ask_Status_Acted_OnInputs */

const en_ask_status_acted_on = /** @type {(inputs: Ask_Status_Acted_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acted on`)
};

const ru_ask_status_acted_on = /** @type {(inputs: Ask_Status_Acted_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Приняты меры`)
};

const kk_ask_status_acted_on = /** @type {(inputs: Ask_Status_Acted_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шара қолданылды`)
};

/**
* | output |
* | --- |
* | "Acted on" |
*
* @param {Ask_Status_Acted_OnInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const ask_status_acted_on = /** @type {((inputs?: Ask_Status_Acted_OnInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ask_Status_Acted_OnInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_ask_status_acted_on(inputs)
	if (locale === "kk") return kk_ask_status_acted_on(inputs)
	return en_ask_status_acted_on(inputs)
});