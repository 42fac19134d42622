/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Laws_HeadingInputs */

const en_laws_heading = /** @type {(inputs: Laws_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laws used against critics`)
};

const ru_laws_heading = /** @type {(inputs: Laws_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Законы, применяемые против критиков`)
};

const kk_laws_heading = /** @type {(inputs: Laws_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сыншыларға қарсы қолданылатын заңдар`)
};

/**
* | output |
* | --- |
* | "Laws used against critics" |
*
* @param {Laws_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const laws_heading = /** @type {((inputs?: Laws_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Laws_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_laws_heading(inputs)
	if (locale === "kk") return kk_laws_heading(inputs)
	return en_laws_heading(inputs)
});