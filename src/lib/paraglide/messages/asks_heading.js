/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Asks_HeadingInputs */

const en_asks_heading = /** @type {(inputs: Asks_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asks and their status`)
};

const ru_asks_heading = /** @type {(inputs: Asks_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Требования и их статус`)
};

const kk_asks_heading = /** @type {(inputs: Asks_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Талаптар және олардың мәртебесі`)
};

/**
* | output |
* | --- |
* | "Asks and their status" |
*
* @param {Asks_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const asks_heading = /** @type {((inputs?: Asks_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Asks_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_asks_heading(inputs)
	if (locale === "kk") return kk_asks_heading(inputs)
	return en_asks_heading(inputs)
});