/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_EngagementsInputs */

const en_nav_engagements = /** @type {(inputs: Nav_EngagementsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`EU engagement`)
};

const ru_nav_engagements = /** @type {(inputs: Nav_EngagementsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Действия ЕС`)
};

const kk_nav_engagements = /** @type {(inputs: Nav_EngagementsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО әрекеттері`)
};

/**
* | output |
* | --- |
* | "EU engagement" |
*
* @param {Nav_EngagementsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const nav_engagements = /** @type {((inputs?: Nav_EngagementsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_EngagementsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_nav_engagements(inputs)
	if (locale === "kk") return kk_nav_engagements(inputs)
	return en_nav_engagements(inputs)
});