/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Prisoner_After_ReleaseInputs */

const en_prisoner_after_release = /** @type {(inputs: Prisoner_After_ReleaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`After release`)
};

const ru_prisoner_after_release = /** @type {(inputs: Prisoner_After_ReleaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`После освобождения`)
};

const kk_prisoner_after_release = /** @type {(inputs: Prisoner_After_ReleaseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Босатылғаннан кейін`)
};

/**
* | output |
* | --- |
* | "After release" |
*
* @param {Prisoner_After_ReleaseInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoner_after_release = /** @type {((inputs?: Prisoner_After_ReleaseInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoner_After_ReleaseInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoner_after_release(inputs)
	if (locale === "kk") return kk_prisoner_after_release(inputs)
	return en_prisoner_after_release(inputs)
});