/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Timeline_Aria_ContradictedInputs */

const en_timeline_aria_contradicted = /** @type {(inputs: Timeline_Aria_ContradictedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`contradicted by ${registry.number("en", i?.count, {})} case`);
	return /** @type {LocalizedString} */ (`contradicted by ${registry.number("en", i?.count, {})} cases`)
	
};

const ru_timeline_aria_contradicted = /** @type {(inputs: Timeline_Aria_ContradictedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`опровергается ${registry.number("ru", i?.count, {})} случаем`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`опровергается ${registry.number("ru", i?.count, {})} случаями`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`опровергается ${registry.number("ru", i?.count, {})} случаями`);
	return /** @type {LocalizedString} */ (`опровергается ${registry.number("ru", i?.count, {})} случаями`)
	
};

const kk_timeline_aria_contradicted = /** @type {(inputs: Timeline_Aria_ContradictedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жағдаймен жоққа шығарылады`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жағдаймен жоққа шығарылады`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "contradicted by {count} case" |
* | * | "contradicted by {count} cases" |
*
* @param {Timeline_Aria_ContradictedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_aria_contradicted = /** @type {((inputs: Timeline_Aria_ContradictedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Aria_ContradictedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_aria_contradicted(inputs)
	if (locale === "kk") return kk_timeline_aria_contradicted(inputs)
	return en_timeline_aria_contradicted(inputs)
});