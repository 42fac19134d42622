/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} N_Published_PledgesInputs */

const en_n_published_pledges = /** @type {(inputs: N_Published_PledgesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} published pledge`);
	return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} published pledges`)
	
};

const ru_n_published_pledges = /** @type {(inputs: N_Published_PledgesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованное обещание`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных обещания`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных обещаний`);
	return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} опубликованных обещания`)
	
};

const kk_n_published_pledges = /** @type {(inputs: N_Published_PledgesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған уәде`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған уәде`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} published pledge" |
* | * | "{count} published pledges" |
*
* @param {N_Published_PledgesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const n_published_pledges = /** @type {((inputs: N_Published_PledgesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<N_Published_PledgesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_n_published_pledges(inputs)
	if (locale === "kk") return kk_n_published_pledges(inputs)
	return en_n_published_pledges(inputs)
});