/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_TitleInputs */

const en_od_title = /** @type {(inputs: Od_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open data · Pledgewatch`)
};

const ru_od_title = /** @type {(inputs: Od_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Открытые данные · Pledgewatch`)
};

const kk_od_title = /** @type {(inputs: Od_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ашық деректер · Pledgewatch`)
};

/**
* | output |
* | --- |
* | "Open data · Pledgewatch" |
*
* @param {Od_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_title = /** @type {((inputs?: Od_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_title(inputs)
	if (locale === "kk") return kk_od_title(inputs)
	return en_od_title(inputs)
});