/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Record_Kind_EngagementInputs */

const en_record_kind_engagement = /** @type {(inputs: Record_Kind_EngagementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`EU engagement`)
};

const ru_record_kind_engagement = /** @type {(inputs: Record_Kind_EngagementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Действие ЕС`)
};

const kk_record_kind_engagement = /** @type {(inputs: Record_Kind_EngagementInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО әрекеті`)
};

/**
* | output |
* | --- |
* | "EU engagement" |
*
* @param {Record_Kind_EngagementInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const record_kind_engagement = /** @type {((inputs?: Record_Kind_EngagementInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Record_Kind_EngagementInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_record_kind_engagement(inputs)
	if (locale === "kk") return kk_record_kind_engagement(inputs)
	return en_record_kind_engagement(inputs)
});