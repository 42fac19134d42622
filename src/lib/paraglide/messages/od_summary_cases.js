/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_Summary_CasesInputs */

const en_od_summary_cases = /** @type {(inputs: Od_Summary_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Published cases of repression: type, dates, place, outcome, verification level, who was affected and who was responsible (people at risk only under a pseudonym), laws applied and sources.`)
};

const ru_od_summary_cases = /** @type {(inputs: Od_Summary_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опубликованные случаи репрессий: тип, даты, место, итог, уровень проверки, пострадавшие и ответственные (люди в опасности — только под псевдонимом), применённые законы и источники.`)
};

const kk_od_summary_cases = /** @type {(inputs: Od_Summary_CasesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қуғын-сүргіннің жарияланған жағдайлары: түрі, күндері, орны, нәтижесі, тексеру деңгейі, зардап шеккендер мен жауаптылар (қауіп төнген адамдар тек бүркеншік атпен), қолданылған заңдар және дереккөздер.`)
};

/**
* | output |
* | --- |
* | "Published cases of repression: type, dates, place, outcome, verification level, who was affected and who was responsible (people at risk only under a pseudon..." |
*
* @param {Od_Summary_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_summary_cases = /** @type {((inputs?: Od_Summary_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_Summary_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_summary_cases(inputs)
	if (locale === "kk") return kk_od_summary_cases(inputs)
	return en_od_summary_cases(inputs)
});