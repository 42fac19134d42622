/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ bucket: NonNullable<unknown> }} Timeline_Bucket_RowInputs */

const en_timeline_bucket_row = /** @type {(inputs: Timeline_Bucket_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.bucket}: zoom in or narrow the dates to list them.`)
};

const ru_timeline_bucket_row = /** @type {(inputs: Timeline_Bucket_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.bucket}: приблизьте или сузьте даты, чтобы увидеть список.`)
};

const kk_timeline_bucket_row = /** @type {(inputs: Timeline_Bucket_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.bucket}: тізімін көру үшін жақындатыңыз немесе күндерді тарылтыңыз.`)
};

/**
* | output |
* | --- |
* | "{bucket}: zoom in or narrow the dates to list them." |
*
* @param {Timeline_Bucket_RowInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_bucket_row = /** @type {((inputs: Timeline_Bucket_RowInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Bucket_RowInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_bucket_row(inputs)
	if (locale === "kk") return kk_timeline_bucket_row(inputs)
	return en_timeline_bucket_row(inputs)
});