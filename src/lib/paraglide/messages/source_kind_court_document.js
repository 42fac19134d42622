/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_Kind_Court_DocumentInputs */

const en_source_kind_court_document = /** @type {(inputs: Source_Kind_Court_DocumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Court document`)
};

const ru_source_kind_court_document = /** @type {(inputs: Source_Kind_Court_DocumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Судебный документ`)
};

const kk_source_kind_court_document = /** @type {(inputs: Source_Kind_Court_DocumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сот құжаты`)
};

/**
* | output |
* | --- |
* | "Court document" |
*
* @param {Source_Kind_Court_DocumentInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_kind_court_document = /** @type {((inputs?: Source_Kind_Court_DocumentInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_Kind_Court_DocumentInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_kind_court_document(inputs)
	if (locale === "kk") return kk_source_kind_court_document(inputs)
	return en_source_kind_court_document(inputs)
});