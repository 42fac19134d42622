/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ cases: NonNullable<unknown> }} Home_Most_RecentInputs */

const en_home_most_recent = /** @type {(inputs: Home_Most_RecentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.cases}: most recent`)
};

const ru_home_most_recent = /** @type {(inputs: Home_Most_RecentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.cases}: последние`)
};

const kk_home_most_recent = /** @type {(inputs: Home_Most_RecentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.cases}: соңғылары`)
};

/**
* | output |
* | --- |
* | "{cases}: most recent" |
*
* @param {Home_Most_RecentInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_most_recent = /** @type {((inputs: Home_Most_RecentInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Most_RecentInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_most_recent(inputs)
	if (locale === "kk") return kk_home_most_recent(inputs)
	return en_home_most_recent(inputs)
});