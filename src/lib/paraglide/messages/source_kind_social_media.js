/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_Kind_Social_MediaInputs */

const en_source_kind_social_media = /** @type {(inputs: Source_Kind_Social_MediaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Social media post`)
};

const ru_source_kind_social_media = /** @type {(inputs: Source_Kind_Social_MediaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Публикация в соцсетях`)
};

const kk_source_kind_social_media = /** @type {(inputs: Source_Kind_Social_MediaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әлеуметтік желідегі жазба`)
};

/**
* | output |
* | --- |
* | "Social media post" |
*
* @param {Source_Kind_Social_MediaInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_kind_social_media = /** @type {((inputs?: Source_Kind_Social_MediaInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_Kind_Social_MediaInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_kind_social_media(inputs)
	if (locale === "kk") return kk_source_kind_social_media(inputs)
	return en_source_kind_social_media(inputs)
});