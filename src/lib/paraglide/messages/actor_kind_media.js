/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Kind_MediaInputs */

const en_actor_kind_media = /** @type {(inputs: Actor_Kind_MediaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Media outlet`)
};

const ru_actor_kind_media = /** @type {(inputs: Actor_Kind_MediaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`СМИ`)
};

const kk_actor_kind_media = /** @type {(inputs: Actor_Kind_MediaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`БАҚ`)
};

/**
* | output |
* | --- |
* | "Media outlet" |
*
* @param {Actor_Kind_MediaInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_kind_media = /** @type {((inputs?: Actor_Kind_MediaInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Kind_MediaInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_kind_media(inputs)
	if (locale === "kk") return kk_actor_kind_media(inputs)
	return en_actor_kind_media(inputs)
});