/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Prisoner_ReleaseInputs */

const en_prisoner_release = /** @type {(inputs: Prisoner_ReleaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Release`)
};

const ru_prisoner_release = /** @type {(inputs: Prisoner_ReleaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Освобождение`)
};

const kk_prisoner_release = /** @type {(inputs: Prisoner_ReleaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Босату`)
};

/**
* | output |
* | --- |
* | "Release" |
*
* @param {Prisoner_ReleaseInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoner_release = /** @type {((inputs?: Prisoner_ReleaseInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoner_ReleaseInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoner_release(inputs)
	if (locale === "kk") return kk_prisoner_release(inputs)
	return en_prisoner_release(inputs)
});