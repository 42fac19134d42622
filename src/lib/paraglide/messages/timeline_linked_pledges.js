/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Linked_PledgesInputs */

const en_timeline_linked_pledges = /** @type {(inputs: Timeline_Linked_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contradicts these pledges:`)
};

const ru_timeline_linked_pledges = /** @type {(inputs: Timeline_Linked_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Противоречит этим обещаниям:`)
};

const kk_timeline_linked_pledges = /** @type {(inputs: Timeline_Linked_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мына уәделерге қайшы келеді:`)
};

/**
* | output |
* | --- |
* | "Contradicts these pledges:" |
*
* @param {Timeline_Linked_PledgesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_linked_pledges = /** @type {((inputs?: Timeline_Linked_PledgesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Linked_PledgesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_linked_pledges(inputs)
	if (locale === "kk") return kk_timeline_linked_pledges(inputs)
	return en_timeline_linked_pledges(inputs)
});