/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_DescriptionInputs */

const en_home_description = /** @type {(inputs: Home_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Country by country: what governments promise on human rights, the documented cases that contradict those promises, and what the EU does about it. Every claim cited.`)
};

const ru_home_description = /** @type {(inputs: Home_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`По странам: что правительства обещают в области прав человека, задокументированные случаи, которые противоречат этим обещаниям, и что делает ЕС. У каждого утверждения есть источник.`)
};

const kk_home_description = /** @type {(inputs: Home_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ел бойынша: үкіметтер адам құқықтары саласында не уәде етеді, сол уәделерге қайшы келетін құжатталған жағдайлар және ЕО не істейді. Әр тұжырымның дереккөзі бар.`)
};

/**
* | output |
* | --- |
* | "Country by country: what governments promise on human rights, the documented cases that contradict those promises, and what the EU does about it. Every claim..." |
*
* @param {Home_DescriptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_description = /** @type {((inputs?: Home_DescriptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_DescriptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_description(inputs)
	if (locale === "kk") return kk_home_description(inputs)
	return en_home_description(inputs)
});