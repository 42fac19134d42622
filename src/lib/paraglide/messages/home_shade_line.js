/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ shade: NonNullable<unknown>, pledges: NonNullable<unknown> }} Home_Shade_LineInputs */

const en_home_shade_line = /** @type {(inputs: Home_Shade_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shade} (${i?.pledges})`)
};

const ru_home_shade_line = /** @type {(inputs: Home_Shade_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shade} (${i?.pledges})`)
};

const kk_home_shade_line = /** @type {(inputs: Home_Shade_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.shade} (${i?.pledges})`)
};

/**
* | output |
* | --- |
* | "{shade} ({pledges})" |
*
* @param {Home_Shade_LineInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_shade_line = /** @type {((inputs: Home_Shade_LineInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Shade_LineInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_shade_line(inputs)
	if (locale === "kk") return kk_home_shade_line(inputs)
	return en_home_shade_line(inputs)
});