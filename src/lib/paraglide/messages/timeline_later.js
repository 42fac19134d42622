/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_LaterInputs */

const en_timeline_later = /** @type {(inputs: Timeline_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Later →`)
};

const ru_timeline_later = /** @type {(inputs: Timeline_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Позже →`)
};

const kk_timeline_later = /** @type {(inputs: Timeline_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кейінірек →`)
};

/**
* | output |
* | --- |
* | "Later →" |
*
* @param {Timeline_LaterInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_later = /** @type {((inputs?: Timeline_LaterInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_LaterInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_later(inputs)
	if (locale === "kk") return kk_timeline_later(inputs)
	return en_timeline_later(inputs)
});