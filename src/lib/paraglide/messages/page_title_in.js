/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown>, country: NonNullable<unknown> }} Page_Title_InInputs */

const en_page_title_in = /** @type {(inputs: Page_Title_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} · ${i?.country} · Pledgewatch`)
};

const ru_page_title_in = /** @type {(inputs: Page_Title_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} · ${i?.country} · Pledgewatch`)
};

const kk_page_title_in = /** @type {(inputs: Page_Title_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} · ${i?.country} · Pledgewatch`)
};

/**
* | output |
* | --- |
* | "{title} · {country} · Pledgewatch" |
*
* @param {Page_Title_InInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const page_title_in = /** @type {((inputs: Page_Title_InInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Page_Title_InInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_page_title_in(inputs)
	if (locale === "kk") return kk_page_title_in(inputs)
	return en_page_title_in(inputs)
});