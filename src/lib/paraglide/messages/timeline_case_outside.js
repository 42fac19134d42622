/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Case_OutsideInputs */

const en_timeline_case_outside = /** @type {(inputs: Timeline_Case_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a case outside this view`)
};

const ru_timeline_case_outside = /** @type {(inputs: Timeline_Case_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`случай за пределами этого фрагмента`)
};

const kk_timeline_case_outside = /** @type {(inputs: Timeline_Case_OutsideInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`осы көріністен тыс жағдай`)
};

/**
* | output |
* | --- |
* | "a case outside this view" |
*
* @param {Timeline_Case_OutsideInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_case_outside = /** @type {((inputs?: Timeline_Case_OutsideInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Case_OutsideInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_case_outside(inputs)
	if (locale === "kk") return kk_timeline_case_outside(inputs)
	return en_timeline_case_outside(inputs)
});