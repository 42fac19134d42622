/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Date_Not_KnownInputs */

const en_date_not_known = /** @type {(inputs: Date_Not_KnownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`date not known`)
};

const ru_date_not_known = /** @type {(inputs: Date_Not_KnownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`дата неизвестна`)
};

const kk_date_not_known = /** @type {(inputs: Date_Not_KnownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`күні белгісіз`)
};

/**
* | output |
* | --- |
* | "date not known" |
*
* @param {Date_Not_KnownInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const date_not_known = /** @type {((inputs?: Date_Not_KnownInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Date_Not_KnownInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_date_not_known(inputs)
	if (locale === "kk") return kk_date_not_known(inputs)
	return en_date_not_known(inputs)
});