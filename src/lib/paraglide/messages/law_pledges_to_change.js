/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Law_Pledges_To_ChangeInputs */

const en_law_pledges_to_change = /** @type {(inputs: Law_Pledges_To_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledges to change it`)
};

const ru_law_pledges_to_change = /** @type {(inputs: Law_Pledges_To_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещания изменить его`)
};

const kk_law_pledges_to_change = /** @type {(inputs: Law_Pledges_To_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оны өзгерту туралы уәделер`)
};

/**
* | output |
* | --- |
* | "Pledges to change it" |
*
* @param {Law_Pledges_To_ChangeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const law_pledges_to_change = /** @type {((inputs?: Law_Pledges_To_ChangeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Law_Pledges_To_ChangeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_law_pledges_to_change(inputs)
	if (locale === "kk") return kk_law_pledges_to_change(inputs)
	return en_law_pledges_to_change(inputs)
});