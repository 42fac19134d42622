/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Kind_GroupInputs */

const en_actor_kind_group = /** @type {(inputs: Actor_Kind_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Group`)
};

const ru_actor_kind_group = /** @type {(inputs: Actor_Kind_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Группа`)
};

const kk_actor_kind_group = /** @type {(inputs: Actor_Kind_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Топ`)
};

/**
* | output |
* | --- |
* | "Group" |
*
* @param {Actor_Kind_GroupInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_kind_group = /** @type {((inputs?: Actor_Kind_GroupInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Kind_GroupInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_kind_group(inputs)
	if (locale === "kk") return kk_actor_kind_group(inputs)
	return en_actor_kind_group(inputs)
});