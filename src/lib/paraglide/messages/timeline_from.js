/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_FromInputs */

const en_timeline_from = /** @type {(inputs: Timeline_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From`)
};

const ru_timeline_from = /** @type {(inputs: Timeline_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`С`)
};

const kk_timeline_from = /** @type {(inputs: Timeline_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Басы`)
};

/**
* | output |
* | --- |
* | "From" |
*
* @param {Timeline_FromInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_from = /** @type {((inputs?: Timeline_FromInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_FromInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_from(inputs)
	if (locale === "kk") return kk_timeline_from(inputs)
	return en_timeline_from(inputs)
});