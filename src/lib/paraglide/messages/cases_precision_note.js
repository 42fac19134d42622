/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cases_Precision_NoteInputs */

const en_cases_precision_note = /** @type {(inputs: Cases_Precision_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dates keep the precision the sources give.`)
};

const ru_cases_precision_note = /** @type {(inputs: Cases_Precision_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Даты указаны с той точностью, которую дают источники.`)
};

const kk_cases_precision_note = /** @type {(inputs: Cases_Precision_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күндер дереккөздер берген дәлдікпен көрсетілген.`)
};

/**
* | output |
* | --- |
* | "Dates keep the precision the sources give." |
*
* @param {Cases_Precision_NoteInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const cases_precision_note = /** @type {((inputs?: Cases_Precision_NoteInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cases_Precision_NoteInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_cases_precision_note(inputs)
	if (locale === "kk") return kk_cases_precision_note(inputs)
	return en_cases_precision_note(inputs)
});