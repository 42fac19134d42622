/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ names: NonNullable<unknown> }} Actor_Also_Known_AsInputs */

const en_actor_also_known_as = /** @type {(inputs: Actor_Also_Known_AsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`also known as ${i?.names}`)
};

const ru_actor_also_known_as = /** @type {(inputs: Actor_Also_Known_AsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`также известен как ${i?.names}`)
};

const kk_actor_also_known_as = /** @type {(inputs: Actor_Also_Known_AsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`басқа аты: ${i?.names}`)
};

/**
* | output |
* | --- |
* | "also known as {names}" |
*
* @param {Actor_Also_Known_AsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_also_known_as = /** @type {((inputs: Actor_Also_Known_AsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Also_Known_AsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_also_known_as(inputs)
	if (locale === "kk") return kk_actor_also_known_as(inputs)
	return en_actor_also_known_as(inputs)
});