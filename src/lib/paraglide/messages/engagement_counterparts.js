/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_CounterpartsInputs */

const en_engagement_counterparts = /** @type {(inputs: Engagement_CounterpartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Counterparts`)
};

const ru_engagement_counterparts = /** @type {(inputs: Engagement_CounterpartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Партнёры по переговорам`)
};

const kk_engagement_counterparts = /** @type {(inputs: Engagement_CounterpartsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Келіссөз серіктестері`)
};

/**
* | output |
* | --- |
* | "Counterparts" |
*
* @param {Engagement_CounterpartsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_counterparts = /** @type {((inputs?: Engagement_CounterpartsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_CounterpartsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_counterparts(inputs)
	if (locale === "kk") return kk_engagement_counterparts(inputs)
	return en_engagement_counterparts(inputs)
});