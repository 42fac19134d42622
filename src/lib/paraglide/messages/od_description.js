/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_DescriptionInputs */

const en_od_description = /** @type {(inputs: Od_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every published pledge, case and EU engagement as JSON, CSV and Atom feeds, with an OpenAPI description, licence and citation guidance.`)
};

const ru_od_description = /** @type {(inputs: Od_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Все опубликованные обещания, случаи и действия ЕС в виде JSON, CSV и лент Atom, с описанием OpenAPI, сведениями о лицензии и о том, как цитировать.`)
};

const kk_od_description = /** @type {(inputs: Od_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Барлық жарияланған уәделер, жағдайлар және ЕО әрекеттері JSON, CSV және Atom арналары түрінде, OpenAPI сипаттамасымен, лицензия және дәйексөз келтіру туралы нұсқаулармен.`)
};

/**
* | output |
* | --- |
* | "Every published pledge, case and EU engagement as JSON, CSV and Atom feeds, with an OpenAPI description, licence and citation guidance." |
*
* @param {Od_DescriptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_description = /** @type {((inputs?: Od_DescriptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_DescriptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_description(inputs)
	if (locale === "kk") return kk_od_description(inputs)
	return en_od_description(inputs)
});