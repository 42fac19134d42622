/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown> }} Timeline_Table_CaptionInputs */

const en_timeline_table_caption = /** @type {(inputs: Timeline_Table_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title}, ${i?.from} to ${i?.to}; pledges, cases and EU engagements in time order`)
};

const ru_timeline_table_caption = /** @type {(inputs: Timeline_Table_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title}, с ${i?.from} по ${i?.to}; обещания, случаи и действия ЕС в хронологическом порядке`)
};

const kk_timeline_table_caption = /** @type {(inputs: Timeline_Table_CaptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title}, ${i?.from} – ${i?.to}; уәделер, жағдайлар және ЕО әрекеттері уақыт ретімен`)
};

/**
* | output |
* | --- |
* | "{title}, {from} to {to}; pledges, cases and EU engagements in time order" |
*
* @param {Timeline_Table_CaptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_table_caption = /** @type {((inputs: Timeline_Table_CaptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Table_CaptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_table_caption(inputs)
	if (locale === "kk") return kk_timeline_table_caption(inputs)
	return en_timeline_table_caption(inputs)
});