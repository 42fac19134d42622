/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_LedeInputs */

const en_home_lede = /** @type {(inputs: Home_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What governments promise on human rights, the documented cases that contradict those promises, and what the EU does about it, country by country. Every claim is cited to its source.`)
};

const ru_home_lede = /** @type {(inputs: Home_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Что правительства обещают в области прав человека, задокументированные случаи, которые противоречат этим обещаниям, и что делает ЕС, — по каждой стране. У каждого утверждения есть ссылка на источник.`)
};

const kk_home_lede = /** @type {(inputs: Home_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Үкіметтер адам құқықтары саласында не уәде етеді, сол уәделерге қайшы келетін құжатталған жағдайлар және ЕО не істейді — әр ел бойынша. Әр тұжырымның дереккөзге сілтемесі бар.`)
};

/**
* | output |
* | --- |
* | "What governments promise on human rights, the documented cases that contradict those promises, and what the EU does about it, country by country. Every claim..." |
*
* @param {Home_LedeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_lede = /** @type {((inputs?: Home_LedeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_LedeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_lede(inputs)
	if (locale === "kk") return kk_home_lede(inputs)
	return en_home_lede(inputs)
});