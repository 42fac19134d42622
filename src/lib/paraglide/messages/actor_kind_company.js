/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Kind_CompanyInputs */

const en_actor_kind_company = /** @type {(inputs: Actor_Kind_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Company`)
};

const ru_actor_kind_company = /** @type {(inputs: Actor_Kind_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Компания`)
};

const kk_actor_kind_company = /** @type {(inputs: Actor_Kind_CompanyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Компания`)
};

/**
* | output |
* | --- |
* | "Company" |
*
* @param {Actor_Kind_CompanyInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_kind_company = /** @type {((inputs?: Actor_Kind_CompanyInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Kind_CompanyInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_kind_company(inputs)
	if (locale === "kk") return kk_actor_kind_company(inputs)
	return en_actor_kind_company(inputs)
});