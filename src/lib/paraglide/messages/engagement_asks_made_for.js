/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ kind: NonNullable<unknown> }} Engagement_Asks_Made_ForInputs */

const en_engagement_asks_made_for = /** @type {(inputs: Engagement_Asks_Made_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Asks made for this ${i?.kind}`)
};

const ru_engagement_asks_made_for = /** @type {(inputs: Engagement_Asks_Made_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Требования, подготовленные к этому событию (${i?.kind})`)
};

const kk_engagement_asks_made_for = /** @type {(inputs: Engagement_Asks_Made_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Осы оқиғаға (${i?.kind}) дайындалған талаптар`)
};

/**
* | output |
* | --- |
* | "Asks made for this {kind}" |
*
* @param {Engagement_Asks_Made_ForInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const engagement_asks_made_for = /** @type {((inputs: Engagement_Asks_Made_ForInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Engagement_Asks_Made_ForInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_engagement_asks_made_for(inputs)
	if (locale === "kk") return kk_engagement_asks_made_for(inputs)
	return en_engagement_asks_made_for(inputs)
});