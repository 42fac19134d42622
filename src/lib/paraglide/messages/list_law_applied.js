/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} List_Law_AppliedInputs */

const en_list_law_applied = /** @type {(inputs: List_Law_AppliedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`applied in ${registry.number("en", i?.count, {})} published case`);
	return /** @type {LocalizedString} */ (`applied in ${registry.number("en", i?.count, {})} published cases`)
	
};

const ru_list_law_applied = /** @type {(inputs: List_Law_AppliedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`применён в ${registry.number("ru", i?.count, {})} опубликованном случае`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`применён в ${registry.number("ru", i?.count, {})} опубликованных случаях`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`применён в ${registry.number("ru", i?.count, {})} опубликованных случаях`);
	return /** @type {LocalizedString} */ (`применён в ${registry.number("ru", i?.count, {})} опубликованных случаях`)
	
};

const kk_list_law_applied = /** @type {(inputs: List_Law_AppliedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдайда қолданылған`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдайда қолданылған`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "applied in {count} published case" |
* | * | "applied in {count} published cases" |
*
* @param {List_Law_AppliedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const list_law_applied = /** @type {((inputs: List_Law_AppliedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<List_Law_AppliedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_list_law_applied(inputs)
	if (locale === "kk") return kk_list_law_applied(inputs)
	return en_list_law_applied(inputs)
});