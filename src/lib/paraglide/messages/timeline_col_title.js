/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Col_TitleInputs */

const en_timeline_col_title = /** @type {(inputs: Timeline_Col_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Title`)
};

const ru_timeline_col_title = /** @type {(inputs: Timeline_Col_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Название`)
};

const kk_timeline_col_title = /** @type {(inputs: Timeline_Col_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Атауы`)
};

/**
* | output |
* | --- |
* | "Title" |
*
* @param {Timeline_Col_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_col_title = /** @type {((inputs?: Timeline_Col_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Col_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_col_title(inputs)
	if (locale === "kk") return kk_timeline_col_title(inputs)
	return en_timeline_col_title(inputs)
});