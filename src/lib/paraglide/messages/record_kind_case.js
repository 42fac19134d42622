/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Record_Kind_CaseInputs */

const en_record_kind_case = /** @type {(inputs: Record_Kind_CaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Case`)
};

const ru_record_kind_case = /** @type {(inputs: Record_Kind_CaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Случай`)
};

const kk_record_kind_case = /** @type {(inputs: Record_Kind_CaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жағдай`)
};

/**
* | output |
* | --- |
* | "Case" |
*
* @param {Record_Kind_CaseInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const record_kind_case = /** @type {((inputs?: Record_Kind_CaseInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Record_Kind_CaseInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_record_kind_case(inputs)
	if (locale === "kk") return kk_record_kind_case(inputs)
	return en_record_kind_case(inputs)
});