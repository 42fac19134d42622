/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_PledgesInputs */

const en_nav_pledges = /** @type {(inputs: Nav_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledges`)
};

const ru_nav_pledges = /** @type {(inputs: Nav_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещания`)
};

const kk_nav_pledges = /** @type {(inputs: Nav_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уәделер`)
};

/**
* | output |
* | --- |
* | "Pledges" |
*
* @param {Nav_PledgesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const nav_pledges = /** @type {((inputs?: Nav_PledgesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_PledgesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_nav_pledges(inputs)
	if (locale === "kk") return kk_nav_pledges(inputs)
	return en_nav_pledges(inputs)
});