/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_HeadingInputs */

const en_od_heading = /** @type {(inputs: Od_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open data`)
};

const ru_od_heading = /** @type {(inputs: Od_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Открытые данные`)
};

const kk_od_heading = /** @type {(inputs: Od_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ашық деректер`)
};

/**
* | output |
* | --- |
* | "Open data" |
*
* @param {Od_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_heading = /** @type {((inputs?: Od_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_heading(inputs)
	if (locale === "kk") return kk_od_heading(inputs)
	return en_od_heading(inputs)
});