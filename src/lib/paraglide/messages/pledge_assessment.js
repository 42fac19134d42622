/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_AssessmentInputs */

const en_pledge_assessment = /** @type {(inputs: Pledge_AssessmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assessment`)
};

const ru_pledge_assessment = /** @type {(inputs: Pledge_AssessmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оценка`)
};

const kk_pledge_assessment = /** @type {(inputs: Pledge_AssessmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бағалау`)
};

/**
* | output |
* | --- |
* | "Assessment" |
*
* @param {Pledge_AssessmentInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_assessment = /** @type {((inputs?: Pledge_AssessmentInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_AssessmentInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_assessment(inputs)
	if (locale === "kk") return kk_pledge_assessment(inputs)
	return en_pledge_assessment(inputs)
});