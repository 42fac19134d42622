/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_Made_AtInputs */

const en_pledge_made_at = /** @type {(inputs: Pledge_Made_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Made at`)
};

const ru_pledge_made_at = /** @type {(inputs: Pledge_Made_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Где дано`)
};

const kk_pledge_made_at = /** @type {(inputs: Pledge_Made_AtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қайда берілді`)
};

/**
* | output |
* | --- |
* | "Made at" |
*
* @param {Pledge_Made_AtInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_made_at = /** @type {((inputs?: Pledge_Made_AtInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_Made_AtInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_made_at(inputs)
	if (locale === "kk") return kk_pledge_made_at(inputs)
	return en_pledge_made_at(inputs)
});