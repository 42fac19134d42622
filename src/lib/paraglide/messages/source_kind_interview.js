/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_Kind_InterviewInputs */

const en_source_kind_interview = /** @type {(inputs: Source_Kind_InterviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Interview`)
};

const ru_source_kind_interview = /** @type {(inputs: Source_Kind_InterviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Интервью`)
};

const kk_source_kind_interview = /** @type {(inputs: Source_Kind_InterviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сұхбат`)
};

/**
* | output |
* | --- |
* | "Interview" |
*
* @param {Source_Kind_InterviewInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_kind_interview = /** @type {((inputs?: Source_Kind_InterviewInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_Kind_InterviewInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_kind_interview(inputs)
	if (locale === "kk") return kk_source_kind_interview(inputs)
	return en_source_kind_interview(inputs)
});