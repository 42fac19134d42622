/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_Status_DraftInputs */

const en_law_status_draft = /** @type {(inputs: Law_Status_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Draft`)
};

const ru_law_status_draft = /** @type {(inputs: Law_Status_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проект`)
};

const kk_law_status_draft = /** @type {(inputs: Law_Status_DraftInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жоба`)
};

/**
* | output |
* | --- |
* | "Draft" |
*
* @param {Law_Status_DraftInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_status_draft = /** @type {((inputs?: Law_Status_DraftInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_Status_DraftInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_status_draft(inputs)
	if (locale === "kk") return kk_law_status_draft(inputs)
	return en_law_status_draft(inputs)
});