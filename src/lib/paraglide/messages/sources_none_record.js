/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sources_None_RecordInputs */

const en_sources_none_record = /** @type {(inputs: Sources_None_RecordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No published source is cited for this record yet.`)
};

const ru_sources_none_record = /** @type {(inputs: Sources_None_RecordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Для этой записи пока нет ссылок на опубликованные источники.`)
};

const kk_sources_none_record = /** @type {(inputs: Sources_None_RecordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл жазба үшін әзірге жарияланған дереккөзге сілтеме жоқ.`)
};

/**
* | output |
* | --- |
* | "No published source is cited for this record yet." |
*
* @param {Sources_None_RecordInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const sources_none_record = /** @type {((inputs?: Sources_None_RecordInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sources_None_RecordInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_sources_none_record(inputs)
	if (locale === "kk") return kk_sources_none_record(inputs)
	return en_sources_none_record(inputs)
});