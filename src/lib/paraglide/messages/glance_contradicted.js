/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ contradicted: NonNullable<unknown>, count: NonNullable<unknown> }} Glance_ContradictedInputs */

const en_glance_contradicted = /** @type {(inputs: Glance_ContradictedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`**${i?.contradicted}** of ${registry.number("en", i?.count, {})} pledge contradicted by at least one documented case`);
	return /** @type {LocalizedString} */ (`**${i?.contradicted}** of ${registry.number("en", i?.count, {})} pledges contradicted by at least one documented case`)
	
};

const ru_glance_contradicted = /** @type {(inputs: Glance_ContradictedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`**${i?.contradicted}** из ${registry.number("ru", i?.count, {})} обещания опровергнуто хотя бы одним задокументированным случаем`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`**${i?.contradicted}** из ${registry.number("ru", i?.count, {})} обещаний опровергнуты хотя бы одним задокументированным случаем`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`**${i?.contradicted}** из ${registry.number("ru", i?.count, {})} обещаний опровергнуты хотя бы одним задокументированным случаем`);
	return /** @type {LocalizedString} */ (`**${i?.contradicted}** из ${registry.number("ru", i?.count, {})} обещаний опровергнуты хотя бы одним задокументированным случаем`)
	
};

const kk_glance_contradicted = /** @type {(inputs: Glance_ContradictedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} уәденің **${i?.contradicted}** кемінде бір құжатталған жағдаймен жоққа шығарылған`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} уәденің **${i?.contradicted}** кемінде бір құжатталған жағдаймен жоққа шығарылған`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "**{contradicted}** of {count} pledge contradicted by at least one documented case" |
* | * | "**{contradicted}** of {count} pledges contradicted by at least one documented case" |
*
* @param {Glance_ContradictedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const glance_contradicted = /** @type {((inputs: Glance_ContradictedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glance_ContradictedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_glance_contradicted(inputs)
	if (locale === "kk") return kk_glance_contradicted(inputs)
	return en_glance_contradicted(inputs)
});