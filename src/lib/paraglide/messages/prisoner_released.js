/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Prisoner_ReleasedInputs */

const en_prisoner_released = /** @type {(inputs: Prisoner_ReleasedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Released`)
};

const ru_prisoner_released = /** @type {(inputs: Prisoner_ReleasedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Освобождён(а)`)
};

const kk_prisoner_released = /** @type {(inputs: Prisoner_ReleasedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Босатылған`)
};

/**
* | output |
* | --- |
* | "Released" |
*
* @param {Prisoner_ReleasedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoner_released = /** @type {((inputs?: Prisoner_ReleasedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoner_ReleasedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoner_released(inputs)
	if (locale === "kk") return kk_prisoner_released(inputs)
	return en_prisoner_released(inputs)
});