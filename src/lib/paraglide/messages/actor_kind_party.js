/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Kind_PartyInputs */

const en_actor_kind_party = /** @type {(inputs: Actor_Kind_PartyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Political party`)
};

const ru_actor_kind_party = /** @type {(inputs: Actor_Kind_PartyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Политическая партия`)
};

const kk_actor_kind_party = /** @type {(inputs: Actor_Kind_PartyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Саяси партия`)
};

/**
* | output |
* | --- |
* | "Political party" |
*
* @param {Actor_Kind_PartyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_kind_party = /** @type {((inputs?: Actor_Kind_PartyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Kind_PartyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_kind_party(inputs)
	if (locale === "kk") return kk_actor_kind_party(inputs)
	return en_actor_kind_party(inputs)
});