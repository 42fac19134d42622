/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_Supported_ByInputs */

const en_pledge_supported_by = /** @type {(inputs: Pledge_Supported_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Supported by`)
};

const ru_pledge_supported_by = /** @type {(inputs: Pledge_Supported_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Подтверждается`)
};

const kk_pledge_supported_by = /** @type {(inputs: Pledge_Supported_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Растайды`)
};

/**
* | output |
* | --- |
* | "Supported by" |
*
* @param {Pledge_Supported_ByInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_supported_by = /** @type {((inputs?: Pledge_Supported_ByInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_Supported_ByInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_supported_by(inputs)
	if (locale === "kk") return kk_pledge_supported_by(inputs)
	return en_pledge_supported_by(inputs)
});