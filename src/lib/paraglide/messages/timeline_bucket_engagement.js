/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, period: NonNullable<unknown> }} Timeline_Bucket_EngagementInputs */

const en_timeline_bucket_engagement = /** @type {(inputs: Timeline_Bucket_EngagementInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} EU engagement, ${i?.period}`);
	return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} EU engagements, ${i?.period}`)
	
};

const ru_timeline_bucket_engagement = /** @type {(inputs: Timeline_Bucket_EngagementInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} действие ЕС, ${i?.period}`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} действия ЕС, ${i?.period}`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} действий ЕС, ${i?.period}`);
	return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} действия ЕС, ${i?.period}`)
	
};

const kk_timeline_bucket_engagement = /** @type {(inputs: Timeline_Bucket_EngagementInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`ЕО-ның ${registry.number("kk", i?.count, {})} әрекеті, ${i?.period}`);
	return /** @type {LocalizedString} */ (`ЕО-ның ${registry.number("kk", i?.count, {})} әрекеті, ${i?.period}`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} EU engagement, {period}" |
* | * | "{count} EU engagements, {period}" |
*
* @param {Timeline_Bucket_EngagementInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_bucket_engagement = /** @type {((inputs: Timeline_Bucket_EngagementInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Bucket_EngagementInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_bucket_engagement(inputs)
	if (locale === "kk") return kk_timeline_bucket_engagement(inputs)
	return en_timeline_bucket_engagement(inputs)
});