/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Kind_NgoInputs */

const en_actor_kind_ngo = /** @type {(inputs: Actor_Kind_NgoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`NGO`)
};

const ru_actor_kind_ngo = /** @type {(inputs: Actor_Kind_NgoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`НКО`)
};

const kk_actor_kind_ngo = /** @type {(inputs: Actor_Kind_NgoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ҮЕҰ`)
};

/**
* | output |
* | --- |
* | "NGO" |
*
* @param {Actor_Kind_NgoInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_kind_ngo = /** @type {((inputs?: Actor_Kind_NgoInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Kind_NgoInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_kind_ngo(inputs)
	if (locale === "kk") return kk_actor_kind_ngo(inputs)
	return en_actor_kind_ngo(inputs)
});