/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ date: NonNullable<unknown> }} Source_CapturedInputs */

const en_source_captured = /** @type {(inputs: Source_CapturedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Copy captured ${i?.date}.`)
};

const ru_source_captured = /** @type {(inputs: Source_CapturedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Копия сохранена ${i?.date}.`)
};

const kk_source_captured = /** @type {(inputs: Source_CapturedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Көшірмесі ${i?.date} сақталған.`)
};

/**
* | output |
* | --- |
* | "Copy captured {date}." |
*
* @param {Source_CapturedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_captured = /** @type {((inputs: Source_CapturedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_CapturedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_captured(inputs)
	if (locale === "kk") return kk_source_captured(inputs)
	return en_source_captured(inputs)
});