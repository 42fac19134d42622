/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ date: NonNullable<unknown> }} Period_UntilInputs */

const en_period_until = /** @type {(inputs: Period_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`until ${i?.date}`)
};

const ru_period_until = /** @type {(inputs: Period_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`окончание: ${i?.date}`)
};

const kk_period_until = /** @type {(inputs: Period_UntilInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`аяқталуы: ${i?.date}`)
};

/**
* | output |
* | --- |
* | "until {date}" |
*
* @param {Period_UntilInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const period_until = /** @type {((inputs: Period_UntilInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Period_UntilInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_period_until(inputs)
	if (locale === "kk") return kk_period_until(inputs)
	return en_period_until(inputs)
});