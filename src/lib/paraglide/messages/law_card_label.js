/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_Card_LabelInputs */

const en_law_card_label = /** @type {(inputs: Law_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The law`)
};

const ru_law_card_label = /** @type {(inputs: Law_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Закон`)
};

const kk_law_card_label = /** @type {(inputs: Law_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заң`)
};

/**
* | output |
* | --- |
* | "The law" |
*
* @param {Law_Card_LabelInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_card_label = /** @type {((inputs?: Law_Card_LabelInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_Card_LabelInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_card_label(inputs)
	if (locale === "kk") return kk_law_card_label(inputs)
	return en_law_card_label(inputs)
});