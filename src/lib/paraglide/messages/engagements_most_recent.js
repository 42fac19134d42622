/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ shown: NonNullable<unknown>, count: NonNullable<unknown> }} Engagements_Most_RecentInputs */

const en_engagements_most_recent = /** @type {(inputs: Engagements_Most_RecentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`The ${i?.shown} most recent of ${registry.number("en", i?.count, {})} engagement.`);
	return /** @type {LocalizedString} */ (`The ${i?.shown} most recent of ${registry.number("en", i?.count, {})} engagements.`)
	
};

const ru_engagements_most_recent = /** @type {(inputs: Engagements_Most_RecentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} действия.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} действий.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} действий.`);
	return /** @type {LocalizedString} */ (`Последние ${i?.shown} из ${registry.number("ru", i?.count, {})} действий.`)
	
};

const kk_engagements_most_recent = /** @type {(inputs: Engagements_Most_RecentInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} әрекеттің ең соңғы ${i?.shown} әрекеті.`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} әрекеттің ең соңғы ${i?.shown} әрекеті.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "The {shown} most recent of {count} engagement." |
* | * | "The {shown} most recent of {count} engagements." |
*
* @param {Engagements_Most_RecentInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagements_most_recent = /** @type {((inputs: Engagements_Most_RecentInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagements_Most_RecentInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagements_most_recent(inputs)
	if (locale === "kk") return kk_engagements_most_recent(inputs)
	return en_engagements_most_recent(inputs)
});