/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Country_Fictional_NameInputs */

const en_country_fictional_name = /** @type {(inputs: Country_Fictional_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (fictional)`)
};

const ru_country_fictional_name = /** @type {(inputs: Country_Fictional_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (вымышленная страна)`)
};

const kk_country_fictional_name = /** @type {(inputs: Country_Fictional_NameInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (ойдан шығарылған ел)`)
};

/**
* | output |
* | --- |
* | "{name} (fictional)" |
*
* @param {Country_Fictional_NameInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_fictional_name = /** @type {((inputs: Country_Fictional_NameInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_Fictional_NameInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_fictional_name(inputs)
	if (locale === "kk") return kk_country_fictional_name(inputs)
	return en_country_fictional_name(inputs)
});