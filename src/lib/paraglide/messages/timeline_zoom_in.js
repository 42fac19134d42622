/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Zoom_InInputs */

const en_timeline_zoom_in = /** @type {(inputs: Timeline_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ Zoom in`)
};

const ru_timeline_zoom_in = /** @type {(inputs: Timeline_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ Приблизить`)
};

const kk_timeline_zoom_in = /** @type {(inputs: Timeline_Zoom_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+ Жақындату`)
};

/**
* | output |
* | --- |
* | "+ Zoom in" |
*
* @param {Timeline_Zoom_InInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_zoom_in = /** @type {((inputs?: Timeline_Zoom_InInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Zoom_InInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_zoom_in(inputs)
	if (locale === "kk") return kk_timeline_zoom_in(inputs)
	return en_timeline_zoom_in(inputs)
});