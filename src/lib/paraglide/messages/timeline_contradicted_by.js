/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Contradicted_ByInputs */

const en_timeline_contradicted_by = /** @type {(inputs: Timeline_Contradicted_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contradicted by:`)
};

const ru_timeline_contradicted_by = /** @type {(inputs: Timeline_Contradicted_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опровергается:`)
};

const kk_timeline_contradicted_by = /** @type {(inputs: Timeline_Contradicted_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жоққа шығарады:`)
};

/**
* | output |
* | --- |
* | "Contradicted by:" |
*
* @param {Timeline_Contradicted_ByInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_contradicted_by = /** @type {((inputs?: Timeline_Contradicted_ByInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Contradicted_ByInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_contradicted_by(inputs)
	if (locale === "kk") return kk_timeline_contradicted_by(inputs)
	return en_timeline_contradicted_by(inputs)
});