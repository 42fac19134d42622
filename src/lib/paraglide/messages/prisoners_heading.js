/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Prisoners_HeadingInputs */

const en_prisoners_heading = /** @type {(inputs: Prisoners_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Political prisoners`)
};

const ru_prisoners_heading = /** @type {(inputs: Prisoners_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Политические заключённые`)
};

const kk_prisoners_heading = /** @type {(inputs: Prisoners_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Саяси тұтқындар`)
};

/**
* | output |
* | --- |
* | "Political prisoners" |
*
* @param {Prisoners_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoners_heading = /** @type {((inputs?: Prisoners_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoners_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoners_heading(inputs)
	if (locale === "kk") return kk_prisoners_heading(inputs)
	return en_prisoners_heading(inputs)
});