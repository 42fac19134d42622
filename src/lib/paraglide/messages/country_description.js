/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ country: NonNullable<unknown>, count: NonNullable<unknown>, cases: NonNullable<unknown> }} Country_DescriptionInputs */

const en_country_description = /** @type {(inputs: Country_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.country}: ${registry.number("en", i?.count, {})} human-rights pledge rated against ${i?.cases}, with EU engagement and every claim cited.`);
	return /** @type {LocalizedString} */ (`${i?.country}: ${registry.number("en", i?.count, {})} human-rights pledges rated against ${i?.cases}, with EU engagement and every claim cited.`)
	
};

const ru_country_description = /** @type {(inputs: Country_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.country}: ${registry.number("ru", i?.count, {})} обещание в области прав человека, оценённое в сравнении с задокументированными случаями (${i?.cases}), действия ЕС и источник каждого утверждения.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${i?.country}: ${registry.number("ru", i?.count, {})} обещания в области прав человека, оценённые в сравнении с задокументированными случаями (${i?.cases}), действия ЕС и источник каждого утверждения.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.country}: ${registry.number("ru", i?.count, {})} обещаний в области прав человека, оценённых в сравнении с задокументированными случаями (${i?.cases}), действия ЕС и источник каждого утверждения.`);
	return /** @type {LocalizedString} */ (`${i?.country}: ${registry.number("ru", i?.count, {})} обещания в области прав человека, оценённые в сравнении с задокументированными случаями (${i?.cases}), действия ЕС и источник каждого утверждения.`)
	
};

const kk_country_description = /** @type {(inputs: Country_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.country}: адам құқықтары жөніндегі ${registry.number("kk", i?.count, {})} уәде құжатталған жағдайлармен (${i?.cases}) салыстырылып бағаланған, ЕО-ның әрекеттері және әр тұжырымның дереккөзі.`);
	return /** @type {LocalizedString} */ (`${i?.country}: адам құқықтары жөніндегі ${registry.number("kk", i?.count, {})} уәде құжатталған жағдайлармен (${i?.cases}) салыстырылып бағаланған, ЕО-ның әрекеттері және әр тұжырымның дереккөзі.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{country}: {count} human-rights pledge rated against {cases}, with EU engagement and every claim cited." |
* | * | "{country}: {count} human-rights pledges rated against {cases}, with EU engagement and every claim cited." |
*
* @param {Country_DescriptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_description = /** @type {((inputs: Country_DescriptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_DescriptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_description(inputs)
	if (locale === "kk") return kk_country_description(inputs)
	return en_country_description(inputs)
});