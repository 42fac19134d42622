/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Record_Kind_LawInputs */

const en_record_kind_law = /** @type {(inputs: Record_Kind_LawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Law`)
};

const ru_record_kind_law = /** @type {(inputs: Record_Kind_LawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Закон`)
};

const kk_record_kind_law = /** @type {(inputs: Record_Kind_LawInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заң`)
};

/**
* | output |
* | --- |
* | "Law" |
*
* @param {Record_Kind_LawInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const record_kind_law = /** @type {((inputs?: Record_Kind_LawInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Record_Kind_LawInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_record_kind_law(inputs)
	if (locale === "kk") return kk_record_kind_law(inputs)
	return en_record_kind_law(inputs)
});