/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_No_PledgesInputs */

const en_home_no_pledges = /** @type {(inputs: Home_No_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No published pledges yet.`)
};

const ru_home_no_pledges = /** @type {(inputs: Home_No_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опубликованных обещаний пока нет.`)
};

const kk_home_no_pledges = /** @type {(inputs: Home_No_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жарияланған уәделер әзірге жоқ.`)
};

/**
* | output |
* | --- |
* | "No published pledges yet." |
*
* @param {Home_No_PledgesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_no_pledges = /** @type {((inputs?: Home_No_PledgesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_No_PledgesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_no_pledges(inputs)
	if (locale === "kk") return kk_home_no_pledges(inputs)
	return en_home_no_pledges(inputs)
});