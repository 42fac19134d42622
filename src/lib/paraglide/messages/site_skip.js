/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Site_SkipInputs */

const en_site_skip = /** @type {(inputs: Site_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to content`)
};

const ru_site_skip = /** @type {(inputs: Site_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Перейти к содержанию`)
};

const kk_site_skip = /** @type {(inputs: Site_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мазмұнға өту`)
};

/**
* | output |
* | --- |
* | "Skip to content" |
*
* @param {Site_SkipInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const site_skip = /** @type {((inputs?: Site_SkipInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_SkipInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_site_skip(inputs)
	if (locale === "kk") return kk_site_skip(inputs)
	return en_site_skip(inputs)
});