/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_CiteInputs */

const en_od_cite = /** @type {(inputs: Od_CiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When you use the data, cite Pledgewatch, the address of the page or endpoint you used and the date you retrieved it, for example: “Pledgewatch open data, cases, /api/v1/cases?country=…, retrieved [date].” Where a statement rests on a record’s sources, cite those too: each record lists its citations, and each answer lists the sources they point to, with their addresses and archived copies.`)
};

const ru_od_cite = /** @type {(inputs: Od_CiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Используя данные, ссылайтесь на Pledgewatch, адрес страницы или API, которым вы воспользовались, и дату получения, например: «Открытые данные Pledgewatch, случаи, /api/v1/cases?country=…, получено [дата]». Если утверждение опирается на источники записи, ссылайтесь и на них: у каждой записи есть список citations, а в каждом ответе есть список sources с адресами и архивными копиями.`)
};

const kk_od_cite = /** @type {(inputs: Od_CiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Деректерді пайдаланғанда Pledgewatch-қа, сіз пайдаланған беттің немесе API мекенжайына және алынған күнге сілтеме жасаңыз, мысалы: «Pledgewatch ашық деректері, жағдайлар, /api/v1/cases?country=…, алынған күні [күн]». Егер тұжырым жазбаның дереккөздеріне негізделсе, оларға да сілтеме жасаңыз: әр жазбада citations тізімі, ал әр жауапта мекенжайлары мен мұрағаттық көшірмелері бар sources тізімі бар.`)
};

/**
* | output |
* | --- |
* | "When you use the data, cite Pledgewatch, the address of the page or endpoint you used and the date you retrieved it, for example: “Pledgewatch open data, cas..." |
*
* @param {Od_CiteInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_cite = /** @type {((inputs?: Od_CiteInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_CiteInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_cite(inputs)
	if (locale === "kk") return kk_od_cite(inputs)
	return en_od_cite(inputs)
});