/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Laws_AllInputs */

const en_laws_all = /** @type {(inputs: Laws_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`All ${registry.number("en", i?.count, {})} law as a list, with how often each was applied`);
	return /** @type {LocalizedString} */ (`All ${registry.number("en", i?.count, {})} laws as a list, with how often each was applied`)
	
};

const ru_laws_all = /** @type {(inputs: Laws_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Все законы (${registry.number("ru", i?.count, {})}) списком, с частотой применения`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Все законы (${registry.number("ru", i?.count, {})}) списком, с частотой применения`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Все законы (${registry.number("ru", i?.count, {})}) списком, с частотой применения`);
	return /** @type {LocalizedString} */ (`Все законы (${registry.number("ru", i?.count, {})}) списком, с частотой применения`)
	
};

const kk_laws_all = /** @type {(inputs: Laws_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Барлық заңдар (${registry.number("kk", i?.count, {})}) тізім түрінде, әрқайсысының қаншалықты жиі қолданылғанымен`);
	return /** @type {LocalizedString} */ (`Барлық заңдар (${registry.number("kk", i?.count, {})}) тізім түрінде, әрқайсысының қаншалықты жиі қолданылғанымен`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "All {count} law as a list, with how often each was applied" |
* | * | "All {count} laws as a list, with how often each was applied" |
*
* @param {Laws_AllInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const laws_all = /** @type {((inputs: Laws_AllInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Laws_AllInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_laws_all(inputs)
	if (locale === "kk") return kk_laws_all(inputs)
	return en_laws_all(inputs)
});