/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ bucket: NonNullable<unknown> }} Timeline_Bucket_ZoomInputs */

const en_timeline_bucket_zoom = /** @type {(inputs: Timeline_Bucket_ZoomInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.bucket}. Activate to zoom in.`)
};

const ru_timeline_bucket_zoom = /** @type {(inputs: Timeline_Bucket_ZoomInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.bucket}. Нажмите, чтобы приблизить.`)
};

const kk_timeline_bucket_zoom = /** @type {(inputs: Timeline_Bucket_ZoomInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.bucket}. Жақындату үшін басыңыз.`)
};

/**
* | output |
* | --- |
* | "{bucket}. Activate to zoom in." |
*
* @param {Timeline_Bucket_ZoomInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_bucket_zoom = /** @type {((inputs: Timeline_Bucket_ZoomInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Bucket_ZoomInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_bucket_zoom(inputs)
	if (locale === "kk") return kk_timeline_bucket_zoom(inputs)
	return en_timeline_bucket_zoom(inputs)
});