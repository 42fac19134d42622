/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ shown: NonNullable<unknown>, count: NonNullable<unknown> }} Cases_Most_RecentInputs */

const en_cases_most_recent = /** @type {(inputs: Cases_Most_RecentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`The ${i?.shown} most recent of ${registry.number("en", i?.count, {})} published case.`);
	return /** @type {LocalizedString} */ (`The ${i?.shown} most recent of ${registry.number("en", i?.count, {})} published cases.`)
	
};

const ru_cases_most_recent = /** @type {(inputs: Cases_Most_RecentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} опубликованного случая.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} опубликованных случаев.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} опубликованных случаев.`);
	return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} опубликованных случаев.`)
	
};

const kk_cases_most_recent = /** @type {(inputs: Cases_Most_RecentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдайдың ең соңғы ${i?.shown} жағдайы.`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдайдың ең соңғы ${i?.shown} жағдайы.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "The {shown} most recent of {count} published case." |
* | * | "The {shown} most recent of {count} published cases." |
*
* @param {Cases_Most_RecentInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const cases_most_recent = /** @type {((inputs: Cases_Most_RecentInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cases_Most_RecentInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_cases_most_recent(inputs)
	if (locale === "kk") return kk_cases_most_recent(inputs)
	return en_cases_most_recent(inputs)
});