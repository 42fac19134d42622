/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Prisoner_No_PersonInputs */

const en_prisoner_no_person = /** @type {(inputs: Prisoner_No_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The published record names no affected person.`)
};

const ru_prisoner_no_person = /** @type {(inputs: Prisoner_No_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`В опубликованной записи не назван пострадавший.`)
};

const kk_prisoner_no_person = /** @type {(inputs: Prisoner_No_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жарияланған жазбада зардап шеккен адам аталмаған.`)
};

/**
* | output |
* | --- |
* | "The published record names no affected person." |
*
* @param {Prisoner_No_PersonInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoner_no_person = /** @type {((inputs?: Prisoner_No_PersonInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoner_No_PersonInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoner_no_person(inputs)
	if (locale === "kk") return kk_prisoner_no_person(inputs)
	return en_prisoner_no_person(inputs)
});