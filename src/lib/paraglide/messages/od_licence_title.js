/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_Licence_TitleInputs */

const en_od_licence_title = /** @type {(inputs: Od_Licence_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Licence and citation`)
};

const ru_od_licence_title = /** @type {(inputs: Od_Licence_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Лицензия и цитирование`)
};

const kk_od_licence_title = /** @type {(inputs: Od_Licence_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Лицензия және дәйексөз келтіру`)
};

/**
* | output |
* | --- |
* | "Licence and citation" |
*
* @param {Od_Licence_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_licence_title = /** @type {((inputs?: Od_Licence_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_Licence_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_licence_title(inputs)
	if (locale === "kk") return kk_od_licence_title(inputs)
	return en_od_licence_title(inputs)
});