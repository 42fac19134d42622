/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown>, country: NonNullable<unknown>, count: NonNullable<unknown> }} List_DescriptionInputs */

const en_list_description = /** @type {(inputs: List_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.title} in ${i?.country}: ${registry.number("en", i?.count, {})} published record, most recent first, each with its sources.`);
	return /** @type {LocalizedString} */ (`${i?.title} in ${i?.country}: ${registry.number("en", i?.count, {})} published records, most recent first, each with its sources.`)
	
};

const ru_list_description = /** @type {(inputs: List_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.title} — ${i?.country}: ${registry.number("ru", i?.count, {})} опубликованная запись, сначала последние, у каждой указаны источники.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${i?.title} — ${i?.country}: ${registry.number("ru", i?.count, {})} опубликованные записи, сначала последние, у каждой указаны источники.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.title} — ${i?.country}: ${registry.number("ru", i?.count, {})} опубликованных записей, сначала последние, у каждой указаны источники.`);
	return /** @type {LocalizedString} */ (`${i?.title} — ${i?.country}: ${registry.number("ru", i?.count, {})} опубликованные записи, сначала последние, у каждой указаны источники.`)
	
};

const kk_list_description = /** @type {(inputs: List_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.title} — ${i?.country}: ${registry.number("kk", i?.count, {})} жарияланған жазба, алдымен соңғылары, әрқайсысының дереккөздері көрсетілген.`);
	return /** @type {LocalizedString} */ (`${i?.title} — ${i?.country}: ${registry.number("kk", i?.count, {})} жарияланған жазба, алдымен соңғылары, әрқайсысының дереккөздері көрсетілген.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{title} in {country}: {count} published record, most recent first, each with its sources." |
* | * | "{title} in {country}: {count} published records, most recent first, each with its sources." |
*
* @param {List_DescriptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_description = /** @type {((inputs: List_DescriptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_DescriptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_description(inputs)
	if (locale === "kk") return kk_list_description(inputs)
	return en_list_description(inputs)
});