/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Method_TitleInputs */

const en_method_title = /** @type {(inputs: Method_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How these figures are computed`)
};

const ru_method_title = /** @type {(inputs: Method_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Как считаются эти цифры`)
};

const kk_method_title = /** @type {(inputs: Method_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл сандар қалай есептеледі`)
};

/**
* | output |
* | --- |
* | "How these figures are computed" |
*
* @param {Method_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const method_title = /** @type {((inputs?: Method_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Method_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_method_title(inputs)
	if (locale === "kk") return kk_method_title(inputs)
	return en_method_title(inputs)
});