/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_Kind_Official_StatementInputs */

const en_source_kind_official_statement = /** @type {(inputs: Source_Kind_Official_StatementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Official statement`)
};

const ru_source_kind_official_statement = /** @type {(inputs: Source_Kind_Official_StatementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Официальное заявление`)
};

const kk_source_kind_official_statement = /** @type {(inputs: Source_Kind_Official_StatementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ресми мәлімдеме`)
};

/**
* | output |
* | --- |
* | "Official statement" |
*
* @param {Source_Kind_Official_StatementInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_kind_official_statement = /** @type {((inputs?: Source_Kind_Official_StatementInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_Kind_Official_StatementInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_kind_official_statement(inputs)
	if (locale === "kk") return kk_source_kind_official_statement(inputs)
	return en_source_kind_official_statement(inputs)
});