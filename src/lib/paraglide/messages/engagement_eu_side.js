/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Eu_SideInputs */

const en_engagement_eu_side = /** @type {(inputs: Engagement_Eu_SideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`EU side`)
};

const ru_engagement_eu_side = /** @type {(inputs: Engagement_Eu_SideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сторона ЕС`)
};

const kk_engagement_eu_side = /** @type {(inputs: Engagement_Eu_SideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО тарапы`)
};

/**
* | output |
* | --- |
* | "EU side" |
*
* @param {Engagement_Eu_SideInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_eu_side = /** @type {((inputs?: Engagement_Eu_SideInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Eu_SideInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_eu_side(inputs)
	if (locale === "kk") return kk_engagement_eu_side(inputs)
	return en_engagement_eu_side(inputs)
});