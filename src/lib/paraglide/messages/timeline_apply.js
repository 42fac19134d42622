/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_ApplyInputs */

const en_timeline_apply = /** @type {(inputs: Timeline_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Apply`)
};

const ru_timeline_apply = /** @type {(inputs: Timeline_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Применить`)
};

const kk_timeline_apply = /** @type {(inputs: Timeline_ApplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қолдану`)
};

/**
* | output |
* | --- |
* | "Apply" |
*
* @param {Timeline_ApplyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_apply = /** @type {((inputs?: Timeline_ApplyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_ApplyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_apply(inputs)
	if (locale === "kk") return kk_timeline_apply(inputs)
	return en_timeline_apply(inputs)
});