/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, period: NonNullable<unknown> }} Timeline_Bucket_PledgeInputs */

const en_timeline_bucket_pledge = /** @type {(inputs: Timeline_Bucket_PledgeInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} pledge, ${i?.period}`);
	return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} pledges, ${i?.period}`)
	
};

const ru_timeline_bucket_pledge = /** @type {(inputs: Timeline_Bucket_PledgeInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} обещание, ${i?.period}`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} обещания, ${i?.period}`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} обещаний, ${i?.period}`);
	return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} обещания, ${i?.period}`)
	
};

const kk_timeline_bucket_pledge = /** @type {(inputs: Timeline_Bucket_PledgeInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} уәде, ${i?.period}`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} уәде, ${i?.period}`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} pledge, {period}" |
* | * | "{count} pledges, {period}" |
*
* @param {Timeline_Bucket_PledgeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_bucket_pledge = /** @type {((inputs: Timeline_Bucket_PledgeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Bucket_PledgeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_bucket_pledge(inputs)
	if (locale === "kk") return kk_timeline_bucket_pledge(inputs)
	return en_timeline_bucket_pledge(inputs)
});