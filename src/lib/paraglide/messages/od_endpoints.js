/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_EndpointsInputs */

const en_od_endpoints = /** @type {(inputs: Od_EndpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Endpoints`)
};

const ru_od_endpoints = /** @type {(inputs: Od_EndpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адреса API`)
};

const kk_od_endpoints = /** @type {(inputs: Od_EndpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API мекенжайлары`)
};

/**
* | output |
* | --- |
* | "Endpoints" |
*
* @param {Od_EndpointsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_endpoints = /** @type {((inputs?: Od_EndpointsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_EndpointsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_endpoints(inputs)
	if (locale === "kk") return kk_od_endpoints(inputs)
	return en_od_endpoints(inputs)
});