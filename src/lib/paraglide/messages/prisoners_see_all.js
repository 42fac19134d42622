/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Prisoners_See_AllInputs */

const en_prisoners_see_all = /** @type {(inputs: Prisoners_See_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`See all ${registry.number("en", i?.count, {})} imprisonment or detention`);
	return /** @type {LocalizedString} */ (`See all ${registry.number("en", i?.count, {})} imprisonments and detentions`)
	
};

const ru_prisoners_see_all = /** @type {(inputs: Prisoners_See_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Все случаи лишения свободы и задержания (${registry.number("ru", i?.count, {})})`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Все случаи лишения свободы и задержания (${registry.number("ru", i?.count, {})})`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Все случаи лишения свободы и задержания (${registry.number("ru", i?.count, {})})`);
	return /** @type {LocalizedString} */ (`Все случаи лишения свободы и задержания (${registry.number("ru", i?.count, {})})`)
	
};

const kk_prisoners_see_all = /** @type {(inputs: Prisoners_See_AllInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Бас бостандығынан айыру мен ұстаудың барлық жағдайлары (${registry.number("kk", i?.count, {})})`);
	return /** @type {LocalizedString} */ (`Бас бостандығынан айыру мен ұстаудың барлық жағдайлары (${registry.number("kk", i?.count, {})})`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "See all {count} imprisonment or detention" |
* | * | "See all {count} imprisonments and detentions" |
*
* @param {Prisoners_See_AllInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoners_see_all = /** @type {((inputs: Prisoners_See_AllInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoners_See_AllInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoners_see_all(inputs)
	if (locale === "kk") return kk_prisoners_see_all(inputs)
	return en_prisoners_see_all(inputs)
});