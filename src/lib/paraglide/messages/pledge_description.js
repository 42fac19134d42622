/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ rating: NonNullable<unknown>, count: NonNullable<unknown>, text: NonNullable<unknown> }} Pledge_DescriptionInputs */

const en_pledge_description = /** @type {(inputs: Pledge_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Rated ${i?.rating}; contradicted by ${registry.number("en", i?.count, {})} documented case. ${i?.text}`);
	return /** @type {LocalizedString} */ (`Rated ${i?.rating}; contradicted by ${registry.number("en", i?.count, {})} documented cases. ${i?.text}`)
	
};

const ru_pledge_description = /** @type {(inputs: Pledge_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Оценка: ${i?.rating}; опровергается ${registry.number("ru", i?.count, {})} задокументированным случаем. ${i?.text}`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Оценка: ${i?.rating}; опровергается ${registry.number("ru", i?.count, {})} задокументированными случаями. ${i?.text}`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Оценка: ${i?.rating}; опровергается ${registry.number("ru", i?.count, {})} задокументированными случаями. ${i?.text}`);
	return /** @type {LocalizedString} */ (`Оценка: ${i?.rating}; опровергается ${registry.number("ru", i?.count, {})} задокументированными случаями. ${i?.text}`)
	
};

const kk_pledge_description = /** @type {(inputs: Pledge_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Бағасы: ${i?.rating}; ${registry.number("kk", i?.count, {})} құжатталған жағдаймен жоққа шығарылады. ${i?.text}`);
	return /** @type {LocalizedString} */ (`Бағасы: ${i?.rating}; ${registry.number("kk", i?.count, {})} құжатталған жағдаймен жоққа шығарылады. ${i?.text}`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Rated {rating}; contradicted by {count} documented case. {text}" |
* | * | "Rated {rating}; contradicted by {count} documented cases. {text}" |
*
* @param {Pledge_DescriptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_description = /** @type {((inputs: Pledge_DescriptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_DescriptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_description(inputs)
	if (locale === "kk") return kk_pledge_description(inputs)
	return en_pledge_description(inputs)
});