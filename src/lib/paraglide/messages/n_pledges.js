/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} N_PledgesInputs */

const en_n_pledges = /** @type {(inputs: N_PledgesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} pledge`);
	return /** @type {LocalizedString} */ (`${registry.number("en", i?.count, {})} pledges`)
	
};

const ru_n_pledges = /** @type {(inputs: N_PledgesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} обещание`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} обещания`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} обещаний`);
	return /** @type {LocalizedString} */ (`${registry.number("ru", i?.count, {})} обещания`)
	
};

const kk_n_pledges = /** @type {(inputs: N_PledgesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} уәде`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} уәде`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} pledge" |
* | * | "{count} pledges" |
*
* @param {N_PledgesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const n_pledges = /** @type {((inputs: N_PledgesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<N_PledgesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_n_pledges(inputs)
	if (locale === "kk") return kk_n_pledges(inputs)
	return en_n_pledges(inputs)
});