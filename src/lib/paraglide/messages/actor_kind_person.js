/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Kind_PersonInputs */

const en_actor_kind_person = /** @type {(inputs: Actor_Kind_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Person`)
};

const ru_actor_kind_person = /** @type {(inputs: Actor_Kind_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Человек`)
};

const kk_actor_kind_person = /** @type {(inputs: Actor_Kind_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адам`)
};

/**
* | output |
* | --- |
* | "Person" |
*
* @param {Actor_Kind_PersonInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_kind_person = /** @type {((inputs?: Actor_Kind_PersonInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Kind_PersonInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_kind_person(inputs)
	if (locale === "kk") return kk_actor_kind_person(inputs)
	return en_actor_kind_person(inputs)
});