/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Zoom_OutInputs */

const en_timeline_zoom_out = /** @type {(inputs: Timeline_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`− Zoom out`)
};

const ru_timeline_zoom_out = /** @type {(inputs: Timeline_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`− Отдалить`)
};

const kk_timeline_zoom_out = /** @type {(inputs: Timeline_Zoom_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`− Алыстату`)
};

/**
* | output |
* | --- |
* | "− Zoom out" |
*
* @param {Timeline_Zoom_OutInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_zoom_out = /** @type {((inputs?: Timeline_Zoom_OutInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Zoom_OutInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_zoom_out(inputs)
	if (locale === "kk") return kk_timeline_zoom_out(inputs)
	return en_timeline_zoom_out(inputs)
});