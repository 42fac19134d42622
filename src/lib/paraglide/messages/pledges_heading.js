/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledges_HeadingInputs */

const en_pledges_heading = /** @type {(inputs: Pledges_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledges and what became of them`)
};

const ru_pledges_heading = /** @type {(inputs: Pledges_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещания и что с ними стало`)
};

const kk_pledges_heading = /** @type {(inputs: Pledges_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уәделер және олардың тағдыры`)
};

/**
* | output |
* | --- |
* | "Pledges and what became of them" |
*
* @param {Pledges_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledges_heading = /** @type {((inputs?: Pledges_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledges_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledges_heading(inputs)
	if (locale === "kk") return kk_pledges_heading(inputs)
	return en_pledges_heading(inputs)
});