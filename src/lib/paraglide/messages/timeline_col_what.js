/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Col_WhatInputs */

const en_timeline_col_what = /** @type {(inputs: Timeline_Col_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What`)
};

const ru_timeline_col_what = /** @type {(inputs: Timeline_Col_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Что`)
};

const kk_timeline_col_what = /** @type {(inputs: Timeline_Col_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не`)
};

/**
* | output |
* | --- |
* | "What" |
*
* @param {Timeline_Col_WhatInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_col_what = /** @type {((inputs?: Timeline_Col_WhatInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Col_WhatInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_col_what(inputs)
	if (locale === "kk") return kk_timeline_col_what(inputs)
	return en_timeline_col_what(inputs)
});