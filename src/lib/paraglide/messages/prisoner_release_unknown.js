/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Prisoner_Release_UnknownInputs */

const en_prisoner_release_unknown = /** @type {(inputs: Prisoner_Release_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Release date not recorded`)
};

const ru_prisoner_release_unknown = /** @type {(inputs: Prisoner_Release_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Дата освобождения не указана`)
};

const kk_prisoner_release_unknown = /** @type {(inputs: Prisoner_Release_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Босатылған күні көрсетілмеген`)
};

/**
* | output |
* | --- |
* | "Release date not recorded" |
*
* @param {Prisoner_Release_UnknownInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoner_release_unknown = /** @type {((inputs?: Prisoner_Release_UnknownInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoner_Release_UnknownInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoner_release_unknown(inputs)
	if (locale === "kk") return kk_prisoner_release_unknown(inputs)
	return en_prisoner_release_unknown(inputs)
});