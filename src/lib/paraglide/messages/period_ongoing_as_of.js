/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, asOf: NonNullable<unknown> }} Period_Ongoing_As_OfInputs */

const en_period_ongoing_as_of = /** @type {(inputs: Period_Ongoing_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} – ongoing as of ${i?.asOf} (latest source)`)
};

const ru_period_ongoing_as_of = /** @type {(inputs: Period_Ongoing_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} – продолжается (последний источник: ${i?.asOf})`)
};

const kk_period_ongoing_as_of = /** @type {(inputs: Period_Ongoing_As_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} – жалғасуда (соңғы дереккөз: ${i?.asOf})`)
};

/**
* | output |
* | --- |
* | "{from} – ongoing as of {asOf} (latest source)" |
*
* @param {Period_Ongoing_As_OfInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const period_ongoing_as_of = /** @type {((inputs: Period_Ongoing_As_OfInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Period_Ongoing_As_OfInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_period_ongoing_as_of(inputs)
	if (locale === "kk") return kk_period_ongoing_as_of(inputs)
	return en_period_ongoing_as_of(inputs)
});