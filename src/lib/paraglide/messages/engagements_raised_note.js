/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagements_Raised_NoteInputs */

const en_engagements_raised_note = /** @type {(inputs: Engagements_Raised_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each says whether human rights were raised.`)
};

const ru_engagements_raised_note = /** @type {(inputs: Engagements_Raised_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Для каждого указано, поднимались ли права человека.`)
};

const kk_engagements_raised_note = /** @type {(inputs: Engagements_Raised_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әрқайсысында адам құқықтары көтерілген-көтерілмегені көрсетілген.`)
};

/**
* | output |
* | --- |
* | "Each says whether human rights were raised." |
*
* @param {Engagements_Raised_NoteInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagements_raised_note = /** @type {((inputs?: Engagements_Raised_NoteInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagements_Raised_NoteInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagements_raised_note(inputs)
	if (locale === "kk") return kk_engagements_raised_note(inputs)
	return en_engagements_raised_note(inputs)
});