/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Case_Type_Party_BanInputs */

const en_case_type_party_ban = /** @type {(inputs: Case_Type_Party_BanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Party ban`)
};

const ru_case_type_party_ban = /** @type {(inputs: Case_Type_Party_BanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Запрет партии`)
};

const kk_case_type_party_ban = /** @type {(inputs: Case_Type_Party_BanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Партияға тыйым салу`)
};

/**
* | output |
* | --- |
* | "Party ban" |
*
* @param {Case_Type_Party_BanInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const case_type_party_ban = /** @type {((inputs?: Case_Type_Party_BanInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Case_Type_Party_BanInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_case_type_party_ban(inputs)
	if (locale === "kk") return kk_case_type_party_ban(inputs)
	return en_case_type_party_ban(inputs)
});