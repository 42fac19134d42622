/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Kind_StatementInputs */

const en_engagement_kind_statement = /** @type {(inputs: Engagement_Kind_StatementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Statement`)
};

const ru_engagement_kind_statement = /** @type {(inputs: Engagement_Kind_StatementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Заявление`)
};

const kk_engagement_kind_statement = /** @type {(inputs: Engagement_Kind_StatementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мәлімдеме`)
};

/**
* | output |
* | --- |
* | "Statement" |
*
* @param {Engagement_Kind_StatementInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_kind_statement = /** @type {((inputs?: Engagement_Kind_StatementInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Kind_StatementInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_kind_statement(inputs)
	if (locale === "kk") return kk_engagement_kind_statement(inputs)
	return en_engagement_kind_statement(inputs)
});