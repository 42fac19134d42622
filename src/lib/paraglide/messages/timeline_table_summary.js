/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Table_SummaryInputs */

const en_timeline_table_summary = /** @type {(inputs: Timeline_Table_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Table of the events in this view`)
};

const ru_timeline_table_summary = /** @type {(inputs: Timeline_Table_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Таблица событий этого фрагмента`)
};

const kk_timeline_table_summary = /** @type {(inputs: Timeline_Table_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осы көріністегі оқиғалар кестесі`)
};

/**
* | output |
* | --- |
* | "Table of the events in this view" |
*
* @param {Timeline_Table_SummaryInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_table_summary = /** @type {((inputs?: Timeline_Table_SummaryInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Table_SummaryInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_table_summary(inputs)
	if (locale === "kk") return kk_timeline_table_summary(inputs)
	return en_timeline_table_summary(inputs)
});