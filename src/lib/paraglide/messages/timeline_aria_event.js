/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ kind: NonNullable<unknown>, title: NonNullable<unknown>, date: NonNullable<unknown> }} Timeline_Aria_EventInputs */

const en_timeline_aria_event = /** @type {(inputs: Timeline_Aria_EventInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind}: ${i?.title}, ${i?.date}`)
};

const ru_timeline_aria_event = /** @type {(inputs: Timeline_Aria_EventInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind}: ${i?.title}, ${i?.date}`)
};

const kk_timeline_aria_event = /** @type {(inputs: Timeline_Aria_EventInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind}: ${i?.title}, ${i?.date}`)
};

/**
* | output |
* | --- |
* | "{kind}: {title}, {date}" |
*
* @param {Timeline_Aria_EventInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_aria_event = /** @type {((inputs: Timeline_Aria_EventInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Aria_EventInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_aria_event(inputs)
	if (locale === "kk") return kk_timeline_aria_event(inputs)
	return en_timeline_aria_event(inputs)
});