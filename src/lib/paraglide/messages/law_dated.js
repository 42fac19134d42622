/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_DatedInputs */

const en_law_dated = /** @type {(inputs: Law_DatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dated`)
};

const ru_law_dated = /** @type {(inputs: Law_DatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дата`)
};

const kk_law_dated = /** @type {(inputs: Law_DatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Күні`)
};

/**
* | output |
* | --- |
* | "Dated" |
*
* @param {Law_DatedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_dated = /** @type {((inputs?: Law_DatedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_DatedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_dated(inputs)
	if (locale === "kk") return kk_law_dated(inputs)
	return en_law_dated(inputs)
});