/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_IndexInputs */

const en_od_index = /** @type {(inputs: Od_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the index of endpoints and their parameters, as JSON.`)
};

const ru_od_index = /** @type {(inputs: Od_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`перечень адресов API и их параметров в формате JSON.`)
};

const kk_od_index = /** @type {(inputs: Od_IndexInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API мекенжайлары мен олардың параметрлерінің JSON түріндегі тізімі.`)
};

/**
* | output |
* | --- |
* | "the index of endpoints and their parameters, as JSON." |
*
* @param {Od_IndexInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_index = /** @type {((inputs?: Od_IndexInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_IndexInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_index(inputs)
	if (locale === "kk") return kk_od_index(inputs)
	return en_od_index(inputs)
});