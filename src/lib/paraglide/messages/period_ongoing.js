/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown> }} Period_OngoingInputs */

const en_period_ongoing = /** @type {(inputs: Period_OngoingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} – ongoing`)
};

const ru_period_ongoing = /** @type {(inputs: Period_OngoingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} – продолжается`)
};

const kk_period_ongoing = /** @type {(inputs: Period_OngoingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} – жалғасуда`)
};

/**
* | output |
* | --- |
* | "{from} – ongoing" |
*
* @param {Period_OngoingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const period_ongoing = /** @type {((inputs: Period_OngoingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Period_OngoingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_period_ongoing(inputs)
	if (locale === "kk") return kk_period_ongoing(inputs)
	return en_period_ongoing(inputs)
});