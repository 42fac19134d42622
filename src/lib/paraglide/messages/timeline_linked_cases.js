/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Linked_CasesInputs */

const en_timeline_linked_cases = /** @type {(inputs: Timeline_Linked_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contradicted by these published cases:`)
};

const ru_timeline_linked_cases = /** @type {(inputs: Timeline_Linked_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опровергается этими опубликованными случаями:`)
};

const kk_timeline_linked_cases = /** @type {(inputs: Timeline_Linked_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мына жарияланған жағдайлар жоққа шығарады:`)
};

/**
* | output |
* | --- |
* | "Contradicted by these published cases:" |
*
* @param {Timeline_Linked_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_linked_cases = /** @type {((inputs?: Timeline_Linked_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Linked_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_linked_cases(inputs)
	if (locale === "kk") return kk_timeline_linked_cases(inputs)
	return en_timeline_linked_cases(inputs)
});