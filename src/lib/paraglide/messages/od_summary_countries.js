/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_Summary_CountriesInputs */

const en_od_summary_countries = /** @type {(inputs: Od_Summary_CountriesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Published countries: name, region and summary, counts of published pledges and cases, pledges by current rating, and the sources the summary cites.`)
};

const ru_od_summary_countries = /** @type {(inputs: Od_Summary_CountriesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опубликованные страны: название, регион и краткое описание, число опубликованных обещаний и случаев, обещания по текущей оценке и источники описания.`)
};

const kk_od_summary_countries = /** @type {(inputs: Od_Summary_CountriesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жарияланған елдер: атауы, аймағы және қысқаша сипаттамасы, жарияланған уәделер мен жағдайлардың саны, ағымдағы бағасы бойынша уәделер және сипаттаманың дереккөздері.`)
};

/**
* | output |
* | --- |
* | "Published countries: name, region and summary, counts of published pledges and cases, pledges by current rating, and the sources the summary cites." |
*
* @param {Od_Summary_CountriesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_summary_countries = /** @type {((inputs?: Od_Summary_CountriesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_Summary_CountriesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_summary_countries(inputs)
	if (locale === "kk") return kk_od_summary_countries(inputs)
	return en_od_summary_countries(inputs)
});