/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Type_Website_BlockingInputs */

const en_case_type_website_blocking = /** @type {(inputs: Case_Type_Website_BlockingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Website blocking`)
};

const ru_case_type_website_blocking = /** @type {(inputs: Case_Type_Website_BlockingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Блокировка сайта`)
};

const kk_case_type_website_blocking = /** @type {(inputs: Case_Type_Website_BlockingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сайтты бұғаттау`)
};

/**
* | output |
* | --- |
* | "Website blocking" |
*
* @param {Case_Type_Website_BlockingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_type_website_blocking = /** @type {((inputs?: Case_Type_Website_BlockingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Type_Website_BlockingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_type_website_blocking(inputs)
	if (locale === "kk") return kk_case_type_website_blocking(inputs)
	return en_case_type_website_blocking(inputs)
});