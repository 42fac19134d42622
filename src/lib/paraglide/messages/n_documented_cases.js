/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} N_Documented_CasesInputs */

const en_n_documented_cases = /** @type {(inputs: N_Documented_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} documented case`);
	return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} documented cases`)
	
};

const ru_n_documented_cases = /** @type {(inputs: N_Documented_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} задокументированный случай`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} задокументированных случая`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} задокументированных случаев`);
	return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} задокументированных случая`)
	
};

const kk_n_documented_cases = /** @type {(inputs: N_Documented_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} құжатталған жағдай`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} құжатталған жағдай`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} documented case" |
* | * | "{count} documented cases" |
*
* @param {N_Documented_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const n_documented_cases = /** @type {((inputs: N_Documented_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<N_Documented_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_n_documented_cases(inputs)
	if (locale === "kk") return kk_n_documented_cases(inputs)
	return en_n_documented_cases(inputs)
});