/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ asOf: NonNullable<unknown> }} Period_Ongoing_Undated_As_OfInputs */

const en_period_ongoing_undated_as_of = /** @type {(inputs: Period_Ongoing_Undated_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ongoing as of ${i?.asOf} (latest source) (date not known)`)
};

const ru_period_ongoing_undated_as_of = /** @type {(inputs: Period_Ongoing_Undated_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`продолжается (последний источник: ${i?.asOf}; дата начала неизвестна)`)
};

const kk_period_ongoing_undated_as_of = /** @type {(inputs: Period_Ongoing_Undated_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`жалғасуда (соңғы дереккөз: ${i?.asOf}; басталған күні белгісіз)`)
};

/**
* | output |
* | --- |
* | "ongoing as of {asOf} (latest source) (date not known)" |
*
* @param {Period_Ongoing_Undated_As_OfInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const period_ongoing_undated_as_of = /** @type {((inputs: Period_Ongoing_Undated_As_OfInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Period_Ongoing_Undated_As_OfInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_period_ongoing_undated_as_of(inputs)
	if (locale === "kk") return kk_period_ongoing_undated_as_of(inputs)
	return en_period_ongoing_undated_as_of(inputs)
});