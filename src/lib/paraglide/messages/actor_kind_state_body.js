/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Kind_State_BodyInputs */

const en_actor_kind_state_body = /** @type {(inputs: Actor_Kind_State_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`State body`)
};

const ru_actor_kind_state_body = /** @type {(inputs: Actor_Kind_State_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Государственный орган`)
};

const kk_actor_kind_state_body = /** @type {(inputs: Actor_Kind_State_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мемлекеттік орган`)
};

/**
* | output |
* | --- |
* | "State body" |
*
* @param {Actor_Kind_State_BodyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_kind_state_body = /** @type {((inputs?: Actor_Kind_State_BodyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Kind_State_BodyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_kind_state_body(inputs)
	if (locale === "kk") return kk_actor_kind_state_body(inputs)
	return en_actor_kind_state_body(inputs)
});