/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Col_DateInputs */

const en_timeline_col_date = /** @type {(inputs: Timeline_Col_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Date`)
};

const ru_timeline_col_date = /** @type {(inputs: Timeline_Col_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дата`)
};

const kk_timeline_col_date = /** @type {(inputs: Timeline_Col_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күні`)
};

/**
* | output |
* | --- |
* | "Date" |
*
* @param {Timeline_Col_DateInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_col_date = /** @type {((inputs?: Timeline_Col_DateInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Col_DateInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_col_date(inputs)
	if (locale === "kk") return kk_timeline_col_date(inputs)
	return en_timeline_col_date(inputs)
});