/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Prisoner_Held_NowInputs */

const en_prisoner_held_now = /** @type {(inputs: Prisoner_Held_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Held now`)
};

const ru_prisoner_held_now = /** @type {(inputs: Prisoner_Held_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Под стражей`)
};

const kk_prisoner_held_now = /** @type {(inputs: Prisoner_Held_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қамауда`)
};

/**
* | output |
* | --- |
* | "Held now" |
*
* @param {Prisoner_Held_NowInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoner_held_now = /** @type {((inputs?: Prisoner_Held_NowInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoner_Held_NowInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoner_held_now(inputs)
	if (locale === "kk") return kk_prisoner_held_now(inputs)
	return en_prisoner_held_now(inputs)
});