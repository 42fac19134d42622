/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} On_This_PageInputs */

const en_on_this_page = /** @type {(inputs: On_This_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On this page`)
};

const ru_on_this_page = /** @type {(inputs: On_This_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`На этой странице`)
};

const kk_on_this_page = /** @type {(inputs: On_This_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы бетте`)
};

/**
* | output |
* | --- |
* | "On this page" |
*
* @param {On_This_PageInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const on_this_page = /** @type {((inputs?: On_This_PageInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<On_This_PageInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_on_this_page(inputs)
	if (locale === "kk") return kk_on_this_page(inputs)
	return en_on_this_page(inputs)
});