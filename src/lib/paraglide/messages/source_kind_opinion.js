/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_Kind_OpinionInputs */

const en_source_kind_opinion = /** @type {(inputs: Source_Kind_OpinionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opinion piece`)
};

const ru_source_kind_opinion = /** @type {(inputs: Source_Kind_OpinionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Авторская колонка`)
};

const kk_source_kind_opinion = /** @type {(inputs: Source_Kind_OpinionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Авторлық мақала`)
};

/**
* | output |
* | --- |
* | "Opinion piece" |
*
* @param {Source_Kind_OpinionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_kind_opinion = /** @type {((inputs?: Source_Kind_OpinionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_Kind_OpinionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_kind_opinion(inputs)
	if (locale === "kk") return kk_source_kind_opinion(inputs)
	return en_source_kind_opinion(inputs)
});