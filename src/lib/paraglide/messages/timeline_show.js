/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_ShowInputs */

const en_timeline_show = /** @type {(inputs: Timeline_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

const ru_timeline_show = /** @type {(inputs: Timeline_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Показать`)
};

const kk_timeline_show = /** @type {(inputs: Timeline_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Көрсету`)
};

/**
* | output |
* | --- |
* | "Show" |
*
* @param {Timeline_ShowInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_show = /** @type {((inputs?: Timeline_ShowInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_ShowInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_show(inputs)
	if (locale === "kk") return kk_timeline_show(inputs)
	return en_timeline_show(inputs)
});