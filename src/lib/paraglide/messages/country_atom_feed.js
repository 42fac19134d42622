/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Country_Atom_FeedInputs */

const en_country_atom_feed = /** @type {(inputs: Country_Atom_FeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Atom feed`)
};

const ru_country_atom_feed = /** @type {(inputs: Country_Atom_FeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`лента Atom`)
};

const kk_country_atom_feed = /** @type {(inputs: Country_Atom_FeedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Atom арнасы`)
};

/**
* | output |
* | --- |
* | "Atom feed" |
*
* @param {Country_Atom_FeedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_atom_feed = /** @type {((inputs?: Country_Atom_FeedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_Atom_FeedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_atom_feed(inputs)
	if (locale === "kk") return kk_country_atom_feed(inputs)
	return en_country_atom_feed(inputs)
});