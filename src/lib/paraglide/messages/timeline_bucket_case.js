/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, period: NonNullable<unknown> }} Timeline_Bucket_CaseInputs */

const en_timeline_bucket_case = /** @type {(inputs: Timeline_Bucket_CaseInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} case, ${i?.period}`);
	return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} cases, ${i?.period}`)
	
};

const ru_timeline_bucket_case = /** @type {(inputs: Timeline_Bucket_CaseInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} случай, ${i?.period}`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} случая, ${i?.period}`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} случаев, ${i?.period}`);
	return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} случая, ${i?.period}`)
	
};

const kk_timeline_bucket_case = /** @type {(inputs: Timeline_Bucket_CaseInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жағдай, ${i?.period}`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жағдай, ${i?.period}`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} case, {period}" |
* | * | "{count} cases, {period}" |
*
* @param {Timeline_Bucket_CaseInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_bucket_case = /** @type {((inputs: Timeline_Bucket_CaseInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Bucket_CaseInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_bucket_case(inputs)
	if (locale === "kk") return kk_timeline_bucket_case(inputs)
	return en_timeline_bucket_case(inputs)
});