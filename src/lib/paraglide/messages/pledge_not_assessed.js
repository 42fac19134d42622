/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_Not_AssessedInputs */

const en_pledge_not_assessed = /** @type {(inputs: Pledge_Not_AssessedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not yet assessed.`)
};

const ru_pledge_not_assessed = /** @type {(inputs: Pledge_Not_AssessedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ещё не оценено.`)
};

const kk_pledge_not_assessed = /** @type {(inputs: Pledge_Not_AssessedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әлі бағаланбаған.`)
};

/**
* | output |
* | --- |
* | "Not yet assessed." |
*
* @param {Pledge_Not_AssessedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_not_assessed = /** @type {((inputs?: Pledge_Not_AssessedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_Not_AssessedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_not_assessed(inputs)
	if (locale === "kk") return kk_pledge_not_assessed(inputs)
	return en_pledge_not_assessed(inputs)
});