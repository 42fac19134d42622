/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ grade: NonNullable<unknown> }} Source_ReliabilityInputs */

const en_source_reliability = /** @type {(inputs: Source_ReliabilityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reliability: ${i?.grade}`)
};

const ru_source_reliability = /** @type {(inputs: Source_ReliabilityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Надёжность: ${i?.grade}`)
};

const kk_source_reliability = /** @type {(inputs: Source_ReliabilityInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Сенімділігі: ${i?.grade}`)
};

/**
* | output |
* | --- |
* | "Reliability: {grade}" |
*
* @param {Source_ReliabilityInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_reliability = /** @type {((inputs: Source_ReliabilityInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_ReliabilityInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_reliability(inputs)
	if (locale === "kk") return kk_source_reliability(inputs)
	return en_source_reliability(inputs)
});