/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Glance_LeadInputs */

const en_glance_lead = /** @type {(inputs: Glance_LeadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} published pledge, by current rating:`);
	return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} published pledges, by current rating:`)
	
};

const ru_glance_lead = /** @type {(inputs: Glance_LeadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованное обещание по текущим оценкам:`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных обещания по текущим оценкам:`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных обещаний по текущим оценкам:`);
	return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных обещания по текущим оценкам:`)
	
};

const kk_glance_lead = /** @type {(inputs: Glance_LeadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ағымдағы бағасы бойынша ${registry.number("kk", i?.count, {})} жарияланған уәде:`);
	return /** @type {LocalizedString} */ (`Ағымдағы бағасы бойынша ${registry.number("kk", i?.count, {})} жарияланған уәде:`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} published pledge, by current rating:" |
* | * | "{count} published pledges, by current rating:" |
*
* @param {Glance_LeadInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const glance_lead = /** @type {((inputs: Glance_LeadInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glance_LeadInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_glance_lead(inputs)
	if (locale === "kk") return kk_glance_lead(inputs)
	return en_glance_lead(inputs)
});