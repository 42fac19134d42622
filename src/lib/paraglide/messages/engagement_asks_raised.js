/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Asks_RaisedInputs */

const en_engagement_asks_raised = /** @type {(inputs: Engagement_Asks_RaisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asks raised here`)
};

const ru_engagement_asks_raised = /** @type {(inputs: Engagement_Asks_RaisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Требования, поднятые здесь`)
};

const kk_engagement_asks_raised = /** @type {(inputs: Engagement_Asks_RaisedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осында көтерілген талаптар`)
};

/**
* | output |
* | --- |
* | "Asks raised here" |
*
* @param {Engagement_Asks_RaisedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_asks_raised = /** @type {((inputs?: Engagement_Asks_RaisedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Asks_RaisedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_asks_raised(inputs)
	if (locale === "kk") return kk_engagement_asks_raised(inputs)
	return en_engagement_asks_raised(inputs)
});