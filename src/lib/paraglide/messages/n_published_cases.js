/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} N_Published_CasesInputs */

const en_n_published_cases = /** @type {(inputs: N_Published_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} published case`);
	return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} published cases`)
	
};

const ru_n_published_cases = /** @type {(inputs: N_Published_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованный случай`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных случая`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных случаев`);
	return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных случая`)
	
};

const kk_n_published_cases = /** @type {(inputs: N_Published_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдай`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдай`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} published case" |
* | * | "{count} published cases" |
*
* @param {N_Published_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const n_published_cases = /** @type {((inputs: N_Published_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<N_Published_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_n_published_cases(inputs)
	if (locale === "kk") return kk_n_published_cases(inputs)
	return en_n_published_cases(inputs)
});