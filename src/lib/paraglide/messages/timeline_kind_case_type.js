/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ type: NonNullable<unknown> }} Timeline_Kind_Case_TypeInputs */

const en_timeline_kind_case_type = /** @type {(inputs: Timeline_Kind_Case_TypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Case: ${i?.type}`)
};

const ru_timeline_kind_case_type = /** @type {(inputs: Timeline_Kind_Case_TypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Случай: ${i?.type}`)
};

const kk_timeline_kind_case_type = /** @type {(inputs: Timeline_Kind_Case_TypeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Жағдай: ${i?.type}`)
};

/**
* | output |
* | --- |
* | "Case: {type}" |
*
* @param {Timeline_Kind_Case_TypeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_kind_case_type = /** @type {((inputs: Timeline_Kind_Case_TypeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Kind_Case_TypeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_kind_case_type(inputs)
	if (locale === "kk") return kk_timeline_kind_case_type(inputs)
	return en_timeline_kind_case_type(inputs)
});