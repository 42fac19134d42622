/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Pledges_See_AllInputs */

const en_pledges_see_all = /** @type {(inputs: Pledges_See_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`See all ${registry.number("en", i?.count, {})} pledge`);
	return /** @type {LocalizedString} */ (`See all ${registry.number("en", i?.count, {})} pledges`)
	
};

const ru_pledges_see_all = /** @type {(inputs: Pledges_See_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Все обещания (${registry.number("ru", i?.count, {})})`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Все обещания (${registry.number("ru", i?.count, {})})`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Все обещания (${registry.number("ru", i?.count, {})})`);
	return /** @type {LocalizedString} */ (`Все обещания (${registry.number("ru", i?.count, {})})`)
	
};

const kk_pledges_see_all = /** @type {(inputs: Pledges_See_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Барлық уәделер (${registry.number("kk", i?.count, {})})`);
	return /** @type {LocalizedString} */ (`Барлық уәделер (${registry.number("kk", i?.count, {})})`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "See all {count} pledge" |
* | * | "See all {count} pledges" |
*
* @param {Pledges_See_AllInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledges_see_all = /** @type {((inputs: Pledges_See_AllInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledges_See_AllInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledges_see_all(inputs)
	if (locale === "kk") return kk_pledges_see_all(inputs)
	return en_pledges_see_all(inputs)
});