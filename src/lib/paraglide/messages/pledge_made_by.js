/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_Made_ByInputs */

const en_pledge_made_by = /** @type {(inputs: Pledge_Made_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Made by`)
};

const ru_pledge_made_by = /** @type {(inputs: Pledge_Made_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кто дал`)
};

const kk_pledge_made_by = /** @type {(inputs: Pledge_Made_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кім берді`)
};

/**
* | output |
* | --- |
* | "Made by" |
*
* @param {Pledge_Made_ByInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_made_by = /** @type {((inputs?: Pledge_Made_ByInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_Made_ByInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_made_by(inputs)
	if (locale === "kk") return kk_pledge_made_by(inputs)
	return en_pledge_made_by(inputs)
});