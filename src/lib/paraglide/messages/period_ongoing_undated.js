/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Period_Ongoing_UndatedInputs */

const en_period_ongoing_undated = /** @type {(inputs: Period_Ongoing_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ongoing (date not known)`)
};

const ru_period_ongoing_undated = /** @type {(inputs: Period_Ongoing_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`продолжается (дата начала неизвестна)`)
};

const kk_period_ongoing_undated = /** @type {(inputs: Period_Ongoing_UndatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`жалғасуда (басталған күні белгісіз)`)
};

/**
* | output |
* | --- |
* | "ongoing (date not known)" |
*
* @param {Period_Ongoing_UndatedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const period_ongoing_undated = /** @type {((inputs?: Period_Ongoing_UndatedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Period_Ongoing_UndatedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_period_ongoing_undated(inputs)
	if (locale === "kk") return kk_period_ongoing_undated(inputs)
	return en_period_ongoing_undated(inputs)
});