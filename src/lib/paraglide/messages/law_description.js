/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ status: NonNullable<unknown>, count: NonNullable<unknown>, text: NonNullable<unknown> }} Law_DescriptionInputs */

const en_law_description = /** @type {(inputs: Law_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.status}; applied in ${registry.number("en", i?.count, {})} documented case. ${i?.text}`);
	return /** @type {LocalizedString} */ (`${i?.status}; applied in ${registry.number("en", i?.count, {})} documented cases. ${i?.text}`)
	
};

const ru_law_description = /** @type {(inputs: Law_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.status}; применён в ${registry.number("ru", i?.count, {})} задокументированном случае. ${i?.text}`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${i?.status}; применён в ${registry.number("ru", i?.count, {})} задокументированных случаях. ${i?.text}`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.status}; применён в ${registry.number("ru", i?.count, {})} задокументированных случаях. ${i?.text}`);
	return /** @type {LocalizedString} */ (`${i?.status}; применён в ${registry.number("ru", i?.count, {})} задокументированных случаях. ${i?.text}`)
	
};

const kk_law_description = /** @type {(inputs: Law_DescriptionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.status}; ${registry.number("kk", i?.count, {})} құжатталған жағдайда қолданылған. ${i?.text}`);
	return /** @type {LocalizedString} */ (`${i?.status}; ${registry.number("kk", i?.count, {})} құжатталған жағдайда қолданылған. ${i?.text}`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{status}; applied in {count} documented case. {text}" |
* | * | "{status}; applied in {count} documented cases. {text}" |
*
* @param {Law_DescriptionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_description = /** @type {((inputs: Law_DescriptionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_DescriptionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_description(inputs)
	if (locale === "kk") return kk_law_description(inputs)
	return en_law_description(inputs)
});