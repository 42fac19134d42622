/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} List_Engagements_TitleInputs */

const en_list_engagements_title = /** @type {(inputs: List_Engagements_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`EU engagement`)
};

const ru_list_engagements_title = /** @type {(inputs: List_Engagements_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Действия ЕС`)
};

const kk_list_engagements_title = /** @type {(inputs: List_Engagements_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО әрекеттері`)
};

/**
* | output |
* | --- |
* | "EU engagement" |
*
* @param {List_Engagements_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_engagements_title = /** @type {((inputs?: List_Engagements_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Engagements_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_engagements_title(inputs)
	if (locale === "kk") return kk_list_engagements_title(inputs)
	return en_list_engagements_title(inputs)
});