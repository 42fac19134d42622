/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ date: NonNullable<unknown> }} Briefing_IssuedInputs */

const en_briefing_issued = /** @type {(inputs: Briefing_IssuedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`issued ${i?.date}`)
};

const ru_briefing_issued = /** @type {(inputs: Briefing_IssuedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`выпущена ${i?.date}`)
};

const kk_briefing_issued = /** @type {(inputs: Briefing_IssuedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} шығарылған`)
};

/**
* | output |
* | --- |
* | "issued {date}" |
*
* @param {Briefing_IssuedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const briefing_issued = /** @type {((inputs: Briefing_IssuedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Briefing_IssuedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_briefing_issued(inputs)
	if (locale === "kk") return kk_briefing_issued(inputs)
	return en_briefing_issued(inputs)
});