/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_DeadlineInputs */

const en_pledge_deadline = /** @type {(inputs: Pledge_DeadlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deadline`)
};

const ru_pledge_deadline = /** @type {(inputs: Pledge_DeadlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Срок`)
};

const kk_pledge_deadline = /** @type {(inputs: Pledge_DeadlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мерзімі`)
};

/**
* | output |
* | --- |
* | "Deadline" |
*
* @param {Pledge_DeadlineInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_deadline = /** @type {((inputs?: Pledge_DeadlineInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_DeadlineInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_deadline(inputs)
	if (locale === "kk") return kk_pledge_deadline(inputs)
	return en_pledge_deadline(inputs)
});