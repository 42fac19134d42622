/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Record_Kind_PledgeInputs */

const en_record_kind_pledge = /** @type {(inputs: Record_Kind_PledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledge`)
};

const ru_record_kind_pledge = /** @type {(inputs: Record_Kind_PledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещание`)
};

const kk_record_kind_pledge = /** @type {(inputs: Record_Kind_PledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уәде`)
};

/**
* | output |
* | --- |
* | "Pledge" |
*
* @param {Record_Kind_PledgeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const record_kind_pledge = /** @type {((inputs?: Record_Kind_PledgeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Record_Kind_PledgeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_record_kind_pledge(inputs)
	if (locale === "kk") return kk_record_kind_pledge(inputs)
	return en_record_kind_pledge(inputs)
});