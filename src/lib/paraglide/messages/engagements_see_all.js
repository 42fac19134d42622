/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Engagements_See_AllInputs */

const en_engagements_see_all = /** @type {(inputs: Engagements_See_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`See all ${registry.number("en", i?.count, {})} engagement`);
	return /** @type {LocalizedString} */ (`See all ${registry.number("en", i?.count, {})} engagements`)
	
};

const ru_engagements_see_all = /** @type {(inputs: Engagements_See_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Все действия ЕС (${registry.number("ru", i?.count, {})})`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Все действия ЕС (${registry.number("ru", i?.count, {})})`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Все действия ЕС (${registry.number("ru", i?.count, {})})`);
	return /** @type {LocalizedString} */ (`Все действия ЕС (${registry.number("ru", i?.count, {})})`)
	
};

const kk_engagements_see_all = /** @type {(inputs: Engagements_See_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`ЕО-ның барлық әрекеттері (${registry.number("kk", i?.count, {})})`);
	return /** @type {LocalizedString} */ (`ЕО-ның барлық әрекеттері (${registry.number("kk", i?.count, {})})`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "See all {count} engagement" |
* | * | "See all {count} engagements" |
*
* @param {Engagements_See_AllInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagements_see_all = /** @type {((inputs: Engagements_See_AllInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagements_See_AllInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagements_see_all(inputs)
	if (locale === "kk") return kk_engagements_see_all(inputs)
	return en_engagements_see_all(inputs)
});