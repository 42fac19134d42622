/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ country: NonNullable<unknown> }} Country_TitleInputs */

const en_country_title = /** @type {(inputs: Country_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: pledges and practice · Pledgewatch`)
};

const ru_country_title = /** @type {(inputs: Country_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: обещания и практика · Pledgewatch`)
};

const kk_country_title = /** @type {(inputs: Country_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.country}: уәделер мен тәжірибе · Pledgewatch`)
};

/**
* | output |
* | --- |
* | "{country}: pledges and practice · Pledgewatch" |
*
* @param {Country_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_title = /** @type {((inputs: Country_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_title(inputs)
	if (locale === "kk") return kk_country_title(inputs)
	return en_country_title(inputs)
});