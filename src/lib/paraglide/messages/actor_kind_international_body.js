/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Kind_International_BodyInputs */

const en_actor_kind_international_body = /** @type {(inputs: Actor_Kind_International_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`International body`)
};

const ru_actor_kind_international_body = /** @type {(inputs: Actor_Kind_International_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Международная организация`)
};

const kk_actor_kind_international_body = /** @type {(inputs: Actor_Kind_International_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Халықаралық ұйым`)
};

/**
* | output |
* | --- |
* | "International body" |
*
* @param {Actor_Kind_International_BodyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_kind_international_body = /** @type {((inputs?: Actor_Kind_International_BodyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Kind_International_BodyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_kind_international_body(inputs)
	if (locale === "kk") return kk_actor_kind_international_body(inputs)
	return en_actor_kind_international_body(inputs)
});