/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_EarlierInputs */

const en_timeline_earlier = /** @type {(inputs: Timeline_EarlierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Earlier`)
};

const ru_timeline_earlier = /** @type {(inputs: Timeline_EarlierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Раньше`)
};

const kk_timeline_earlier = /** @type {(inputs: Timeline_EarlierInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`← Ертерек`)
};

/**
* | output |
* | --- |
* | "← Earlier" |
*
* @param {Timeline_EarlierInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_earlier = /** @type {((inputs?: Timeline_EarlierInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_EarlierInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_earlier(inputs)
	if (locale === "kk") return kk_timeline_earlier(inputs)
	return en_timeline_earlier(inputs)
});