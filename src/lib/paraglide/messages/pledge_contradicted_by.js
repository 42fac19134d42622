/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Pledge_Contradicted_ByInputs */

const en_pledge_contradicted_by = /** @type {(inputs: Pledge_Contradicted_ByInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Contradicted by ${registry.number("en", i?.count, {})} documented case`);
	return /** @type {LocalizedString} */ (`Contradicted by ${registry.number("en", i?.count, {})} documented cases`)
	
};

const ru_pledge_contradicted_by = /** @type {(inputs: Pledge_Contradicted_ByInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} задокументированным случаем`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} задокументированными случаями`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} задокументированными случаями`);
	return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} задокументированными случаями`)
	
};

const kk_pledge_contradicted_by = /** @type {(inputs: Pledge_Contradicted_ByInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} құжатталған жағдаймен жоққа шығарылады`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} құжатталған жағдаймен жоққа шығарылады`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Contradicted by {count} documented case" |
* | * | "Contradicted by {count} documented cases" |
*
* @param {Pledge_Contradicted_ByInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_contradicted_by = /** @type {((inputs: Pledge_Contradicted_ByInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_Contradicted_ByInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_contradicted_by(inputs)
	if (locale === "kk") return kk_pledge_contradicted_by(inputs)
	return en_pledge_contradicted_by(inputs)
});