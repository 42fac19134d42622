/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Engagement_Pledges_MadeInputs */

const en_engagement_pledges_made = /** @type {(inputs: Engagement_Pledges_MadeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledges made here`)
};

const ru_engagement_pledges_made = /** @type {(inputs: Engagement_Pledges_MadeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещания, данные здесь`)
};

const kk_engagement_pledges_made = /** @type {(inputs: Engagement_Pledges_MadeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Осында берілген уәделер`)
};

/**
* | output |
* | --- |
* | "Pledges made here" |
*
* @param {Engagement_Pledges_MadeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_pledges_made = /** @type {((inputs?: Engagement_Pledges_MadeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Pledges_MadeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_pledges_made(inputs)
	if (locale === "kk") return kk_engagement_pledges_made(inputs)
	return en_engagement_pledges_made(inputs)
});