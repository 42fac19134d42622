/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ shown: NonNullable<unknown>, count: NonNullable<unknown> }} Pledges_Most_RecentInputs */

const en_pledges_most_recent = /** @type {(inputs: Pledges_Most_RecentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`The ${i?.shown} most recently made of ${registry.number("en", i?.count, {})} pledge.`);
	return /** @type {LocalizedString} */ (`The ${i?.shown} most recently made of ${registry.number("en", i?.count, {})} pledges.`)
	
};

const ru_pledges_most_recent = /** @type {(inputs: Pledges_Most_RecentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} обещания.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} обещаний.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} обещаний.`);
	return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} обещаний.`)
	
};

const kk_pledges_most_recent = /** @type {(inputs: Pledges_Most_RecentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} уәденің ең соңғы берілген ${i?.shown} уәдесі.`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} уәденің ең соңғы берілген ${i?.shown} уәдесі.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "The {shown} most recently made of {count} pledge." |
* | * | "The {shown} most recently made of {count} pledges." |
*
* @param {Pledges_Most_RecentInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledges_most_recent = /** @type {((inputs: Pledges_Most_RecentInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledges_Most_RecentInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledges_most_recent(inputs)
	if (locale === "kk") return kk_pledges_most_recent(inputs)
	return en_pledges_most_recent(inputs)
});