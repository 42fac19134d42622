/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Show_AllInputs */

const en_timeline_show_all = /** @type {(inputs: Timeline_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show all`)
};

const ru_timeline_show_all = /** @type {(inputs: Timeline_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показать всё`)
};

const kk_timeline_show_all = /** @type {(inputs: Timeline_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Барлығын көрсету`)
};

/**
* | output |
* | --- |
* | "Show all" |
*
* @param {Timeline_Show_AllInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_show_all = /** @type {((inputs?: Timeline_Show_AllInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Show_AllInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_show_all(inputs)
	if (locale === "kk") return kk_timeline_show_all(inputs)
	return en_timeline_show_all(inputs)
});