/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Card_LabelInputs */

const en_case_card_label = /** @type {(inputs: Case_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The case`)
};

const ru_case_card_label = /** @type {(inputs: Case_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Случай`)
};

const kk_case_card_label = /** @type {(inputs: Case_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жағдай`)
};

/**
* | output |
* | --- |
* | "The case" |
*
* @param {Case_Card_LabelInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_card_label = /** @type {((inputs?: Case_Card_LabelInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Card_LabelInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_card_label(inputs)
	if (locale === "kk") return kk_case_card_label(inputs)
	return en_case_card_label(inputs)
});