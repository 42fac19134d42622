/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagements_HeadingInputs */

const en_engagements_heading = /** @type {(inputs: Engagements_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`EU engagement`)
};

const ru_engagements_heading = /** @type {(inputs: Engagements_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Действия ЕС`)
};

const kk_engagements_heading = /** @type {(inputs: Engagements_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО әрекеттері`)
};

/**
* | output |
* | --- |
* | "EU engagement" |
*
* @param {Engagements_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagements_heading = /** @type {((inputs?: Engagements_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagements_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagements_heading(inputs)
	if (locale === "kk") return kk_engagements_heading(inputs)
	return en_engagements_heading(inputs)
});