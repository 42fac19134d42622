/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Country_Csv_EngagementsInputs */

const en_country_csv_engagements = /** @type {(inputs: Country_Csv_EngagementsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`engagements`)
};

const ru_country_csv_engagements = /** @type {(inputs: Country_Csv_EngagementsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`действия ЕС`)
};

const kk_country_csv_engagements = /** @type {(inputs: Country_Csv_EngagementsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО әрекеттері`)
};

/**
* | output |
* | --- |
* | "engagements" |
*
* @param {Country_Csv_EngagementsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_csv_engagements = /** @type {((inputs?: Country_Csv_EngagementsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_Csv_EngagementsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_csv_engagements(inputs)
	if (locale === "kk") return kk_country_csv_engagements(inputs)
	return en_country_csv_engagements(inputs)
});