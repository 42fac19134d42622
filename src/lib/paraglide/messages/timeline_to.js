/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_ToInputs */

const en_timeline_to = /** @type {(inputs: Timeline_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To`)
};

const ru_timeline_to = /** @type {(inputs: Timeline_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`По`)
};

const kk_timeline_to = /** @type {(inputs: Timeline_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Соңы`)
};

/**
* | output |
* | --- |
* | "To" |
*
* @param {Timeline_ToInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_to = /** @type {((inputs?: Timeline_ToInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_ToInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_to(inputs)
	if (locale === "kk") return kk_timeline_to(inputs)
	return en_timeline_to(inputs)
});