/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_Laws_ConcernedInputs */

const en_pledge_laws_concerned = /** @type {(inputs: Pledge_Laws_ConcernedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laws concerned`)
};

const ru_pledge_laws_concerned = /** @type {(inputs: Pledge_Laws_ConcernedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Затронутые законы`)
};

const kk_pledge_laws_concerned = /** @type {(inputs: Pledge_Laws_ConcernedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Қатысты заңдар`)
};

/**
* | output |
* | --- |
* | "Laws concerned" |
*
* @param {Pledge_Laws_ConcernedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_laws_concerned = /** @type {((inputs?: Pledge_Laws_ConcernedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_Laws_ConcernedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_laws_concerned(inputs)
	if (locale === "kk") return kk_pledge_laws_concerned(inputs)
	return en_pledge_laws_concerned(inputs)
});