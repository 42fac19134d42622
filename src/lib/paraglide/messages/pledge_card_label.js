/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_Card_LabelInputs */

const en_pledge_card_label = /** @type {(inputs: Pledge_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The pledge`)
};

const ru_pledge_card_label = /** @type {(inputs: Pledge_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещание`)
};

const kk_pledge_card_label = /** @type {(inputs: Pledge_Card_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уәде`)
};

/**
* | output |
* | --- |
* | "The pledge" |
*
* @param {Pledge_Card_LabelInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_card_label = /** @type {((inputs?: Pledge_Card_LabelInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_Card_LabelInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_card_label(inputs)
	if (locale === "kk") return kk_pledge_card_label(inputs)
	return en_pledge_card_label(inputs)
});