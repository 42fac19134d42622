/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Prisoner_Not_ReleasedInputs */

const en_prisoner_not_released = /** @type {(inputs: Prisoner_Not_ReleasedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not released`)
};

const ru_prisoner_not_released = /** @type {(inputs: Prisoner_Not_ReleasedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Не освобождён(а)`)
};

const kk_prisoner_not_released = /** @type {(inputs: Prisoner_Not_ReleasedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Босатылмаған`)
};

/**
* | output |
* | --- |
* | "Not released" |
*
* @param {Prisoner_Not_ReleasedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoner_not_released = /** @type {((inputs?: Prisoner_Not_ReleasedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoner_Not_ReleasedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoner_not_released(inputs)
	if (locale === "kk") return kk_prisoner_not_released(inputs)
	return en_prisoner_not_released(inputs)
});