/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pledge_Deadline_MissedInputs */

const en_pledge_deadline_missed = /** @type {(inputs: Pledge_Deadline_MissedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`passed without being kept`)
};

const ru_pledge_deadline_missed = /** @type {(inputs: Pledge_Deadline_MissedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`истёк, обещание не выполнено`)
};

const kk_pledge_deadline_missed = /** @type {(inputs: Pledge_Deadline_MissedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`өтіп кетті, уәде орындалмады`)
};

/**
* | output |
* | --- |
* | "passed without being kept" |
*
* @param {Pledge_Deadline_MissedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const pledge_deadline_missed = /** @type {((inputs?: Pledge_Deadline_MissedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pledge_Deadline_MissedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_pledge_deadline_missed(inputs)
	if (locale === "kk") return kk_pledge_deadline_missed(inputs)
	return en_pledge_deadline_missed(inputs)
});