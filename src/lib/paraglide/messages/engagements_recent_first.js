/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagements_Recent_FirstInputs */

const en_engagements_recent_first = /** @type {(inputs: Engagements_Recent_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Most recent first.`)
};

const ru_engagements_recent_first = /** @type {(inputs: Engagements_Recent_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сначала последние.`)
};

const kk_engagements_recent_first = /** @type {(inputs: Engagements_Recent_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Алдымен соңғылары.`)
};

/**
* | output |
* | --- |
* | "Most recent first." |
*
* @param {Engagements_Recent_FirstInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagements_recent_first = /** @type {((inputs?: Engagements_Recent_FirstInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagements_Recent_FirstInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagements_recent_first(inputs)
	if (locale === "kk") return kk_engagements_recent_first(inputs)
	return en_engagements_recent_first(inputs)
});