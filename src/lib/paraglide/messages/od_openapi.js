/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_OpenapiInputs */

const en_od_openapi = /** @type {(inputs: Od_OpenapiInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`an OpenAPI 3.1 description of the API, for code generators and API tools.`)
};

const ru_od_openapi = /** @type {(inputs: Od_OpenapiInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`описание API в формате OpenAPI 3.1 для генераторов кода и инструментов API.`)
};

const kk_od_openapi = /** @type {(inputs: Od_OpenapiInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`код генераторлары мен API құралдарына арналған OpenAPI 3.1 форматындағы API сипаттамасы.`)
};

/**
* | output |
* | --- |
* | "an OpenAPI 3.1 description of the API, for code generators and API tools." |
*
* @param {Od_OpenapiInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_openapi = /** @type {((inputs?: Od_OpenapiInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_OpenapiInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_openapi(inputs)
	if (locale === "kk") return kk_od_openapi(inputs)
	return en_od_openapi(inputs)
});