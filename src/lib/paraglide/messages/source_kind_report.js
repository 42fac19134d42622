/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_Kind_ReportInputs */

const en_source_kind_report = /** @type {(inputs: Source_Kind_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report`)
};

const ru_source_kind_report = /** @type {(inputs: Source_Kind_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Доклад`)
};

const kk_source_kind_report = /** @type {(inputs: Source_Kind_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Баяндама`)
};

/**
* | output |
* | --- |
* | "Report" |
*
* @param {Source_Kind_ReportInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_kind_report = /** @type {((inputs?: Source_Kind_ReportInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_Kind_ReportInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_kind_report(inputs)
	if (locale === "kk") return kk_source_kind_report(inputs)
	return en_source_kind_report(inputs)
});