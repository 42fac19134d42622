/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Country_Csv_PledgesInputs */

const en_country_csv_pledges = /** @type {(inputs: Country_Csv_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pledges`)
};

const ru_country_csv_pledges = /** @type {(inputs: Country_Csv_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`обещания`)
};

const kk_country_csv_pledges = /** @type {(inputs: Country_Csv_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`уәделер`)
};

/**
* | output |
* | --- |
* | "pledges" |
*
* @param {Country_Csv_PledgesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_csv_pledges = /** @type {((inputs?: Country_Csv_PledgesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_Csv_PledgesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_csv_pledges(inputs)
	if (locale === "kk") return kk_country_csv_pledges(inputs)
	return en_country_csv_pledges(inputs)
});