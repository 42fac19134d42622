/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Law_All_CasesInputs */

const en_law_all_cases = /** @type {(inputs: Law_All_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`All ${registry.number("en", i?.count, {})} case under this law`);
	return /** @type {LocalizedString} */ (`All ${registry.number("en", i?.count, {})} cases under this law`)
	
};

const ru_law_all_cases = /** @type {(inputs: Law_All_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Все случаи по этому закону (${registry.number("ru", i?.count, {})})`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Все случаи по этому закону (${registry.number("ru", i?.count, {})})`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Все случаи по этому закону (${registry.number("ru", i?.count, {})})`);
	return /** @type {LocalizedString} */ (`Все случаи по этому закону (${registry.number("ru", i?.count, {})})`)
	
};

const kk_law_all_cases = /** @type {(inputs: Law_All_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Осы заң бойынша барлық жағдайлар (${registry.number("kk", i?.count, {})})`);
	return /** @type {LocalizedString} */ (`Осы заң бойынша барлық жағдайлар (${registry.number("kk", i?.count, {})})`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "All {count} case under this law" |
* | * | "All {count} cases under this law" |
*
* @param {Law_All_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_all_cases = /** @type {((inputs: Law_All_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_All_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_all_cases(inputs)
	if (locale === "kk") return kk_law_all_cases(inputs)
	return en_law_all_cases(inputs)
});