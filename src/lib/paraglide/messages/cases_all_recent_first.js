/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Cases_All_Recent_FirstInputs */

const en_cases_all_recent_first = /** @type {(inputs: Cases_All_Recent_FirstInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} published case, most recent first.`);
	return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} published cases, most recent first.`)
	
};

const ru_cases_all_recent_first = /** @type {(inputs: Cases_All_Recent_FirstInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованный случай, сначала последние.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных случая, сначала последние.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных случаев, сначала последние.`);
	return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных случая, сначала последние.`)
	
};

const kk_cases_all_recent_first = /** @type {(inputs: Cases_All_Recent_FirstInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдай, алдымен соңғылары.`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдай, алдымен соңғылары.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} published case, most recent first." |
* | * | "{count} published cases, most recent first." |
*
* @param {Cases_All_Recent_FirstInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const cases_all_recent_first = /** @type {((inputs: Cases_All_Recent_FirstInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cases_All_Recent_FirstInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_cases_all_recent_first(inputs)
	if (locale === "kk") return kk_cases_all_recent_first(inputs)
	return en_cases_all_recent_first(inputs)
});