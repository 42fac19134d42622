/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Pledge_See_All_ContradictingInputs */

const en_pledge_see_all_contradicting = /** @type {(inputs: Pledge_See_All_ContradictingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`See all ${registry.number("en", i?.count, {})} contradicting case`);
	return /** @type {LocalizedString} */ (`See all ${registry.number("en", i?.count, {})} contradicting cases`)
	
};

const ru_pledge_see_all_contradicting = /** @type {(inputs: Pledge_See_All_ContradictingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Все опровергающие случаи (${registry.number("ru", i?.count, {})})`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Все опровергающие случаи (${registry.number("ru", i?.count, {})})`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Все опровергающие случаи (${registry.number("ru", i?.count, {})})`);
	return /** @type {LocalizedString} */ (`Все опровергающие случаи (${registry.number("ru", i?.count, {})})`)
	
};

const kk_pledge_see_all_contradicting = /** @type {(inputs: Pledge_See_All_ContradictingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Барлық қайшы жағдайлар (${registry.number("kk", i?.count, {})})`);
	return /** @type {LocalizedString} */ (`Барлық қайшы жағдайлар (${registry.number("kk", i?.count, {})})`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "See all {count} contradicting case" |
* | * | "See all {count} contradicting cases" |
*
* @param {Pledge_See_All_ContradictingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_see_all_contradicting = /** @type {((inputs: Pledge_See_All_ContradictingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_See_All_ContradictingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_see_all_contradicting(inputs)
	if (locale === "kk") return kk_pledge_see_all_contradicting(inputs)
	return en_pledge_see_all_contradicting(inputs)
});