/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Kind_CourtInputs */

const en_actor_kind_court = /** @type {(inputs: Actor_Kind_CourtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Court`)
};

const ru_actor_kind_court = /** @type {(inputs: Actor_Kind_CourtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Суд`)
};

const kk_actor_kind_court = /** @type {(inputs: Actor_Kind_CourtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сот`)
};

/**
* | output |
* | --- |
* | "Court" |
*
* @param {Actor_Kind_CourtInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_kind_court = /** @type {((inputs?: Actor_Kind_CourtInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Kind_CourtInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_kind_court(inputs)
	if (locale === "kk") return kk_actor_kind_court(inputs)
	return en_actor_kind_court(inputs)
});