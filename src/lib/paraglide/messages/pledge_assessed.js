/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ rating: NonNullable<unknown>, date: NonNullable<unknown> }} Pledge_AssessedInputs */

const en_pledge_assessed = /** @type {(inputs: Pledge_AssessedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`**${i?.rating}**, assessed ${i?.date}`)
};

const ru_pledge_assessed = /** @type {(inputs: Pledge_AssessedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`**${i?.rating}**, оценка от ${i?.date}`)
};

const kk_pledge_assessed = /** @type {(inputs: Pledge_AssessedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`**${i?.rating}**, ${i?.date} бағаланған`)
};

/**
* | output |
* | --- |
* | "**{rating}**, assessed {date}" |
*
* @param {Pledge_AssessedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_assessed = /** @type {((inputs: Pledge_AssessedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_AssessedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_assessed(inputs)
	if (locale === "kk") return kk_pledge_assessed(inputs)
	return en_pledge_assessed(inputs)
});