/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Glance_CasesInputs */

const en_glance_cases = /** @type {(inputs: Glance_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`**${registry.number("en", i?.count, {})}** documented case`);
	return /** @type {LocalizedString} */ (`**${registry.number("en", i?.count, {})}** documented cases`)
	
};

const ru_glance_cases = /** @type {(inputs: Glance_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** задокументированный случай`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** задокументированных случая`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** задокументированных случаев`);
	return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** задокументированных случая`)
	
};

const kk_glance_cases = /** @type {(inputs: Glance_CasesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`**${registry.number("kk", i?.count, {})}** құжатталған жағдай`);
	return /** @type {LocalizedString} */ (`**${registry.number("kk", i?.count, {})}** құжатталған жағдай`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "**{count}** documented case" |
* | * | "**{count}** documented cases" |
*
* @param {Glance_CasesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const glance_cases = /** @type {((inputs: Glance_CasesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glance_CasesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_glance_cases(inputs)
	if (locale === "kk") return kk_glance_cases(inputs)
	return en_glance_cases(inputs)
});