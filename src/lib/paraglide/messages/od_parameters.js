/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Od_ParametersInputs */

const en_od_parameters = /** @type {(inputs: Od_ParametersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Parameters (${i?.count})`)
};

const ru_od_parameters = /** @type {(inputs: Od_ParametersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Параметры (${i?.count})`)
};

const kk_od_parameters = /** @type {(inputs: Od_ParametersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Параметрлер (${i?.count})`)
};

/**
* | output |
* | --- |
* | "Parameters ({count})" |
*
* @param {Od_ParametersInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_parameters = /** @type {((inputs: Od_ParametersInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_ParametersInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_parameters(inputs)
	if (locale === "kk") return kk_od_parameters(inputs)
	return en_od_parameters(inputs)
});