/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glance_TitleInputs */

const en_glance_title = /** @type {(inputs: Glance_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`At a glance`)
};

const ru_glance_title = /** @type {(inputs: Glance_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Коротко`)
};

const kk_glance_title = /** @type {(inputs: Glance_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қысқаша`)
};

/**
* | output |
* | --- |
* | "At a glance" |
*
* @param {Glance_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const glance_title = /** @type {((inputs?: Glance_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glance_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_glance_title(inputs)
	if (locale === "kk") return kk_glance_title(inputs)
	return en_glance_title(inputs)
});