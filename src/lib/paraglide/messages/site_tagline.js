/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Site_TaglineInputs */

const en_site_tagline = /** @type {(inputs: Site_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Human-rights pledges against practice, and what the EU does about it`)
};

const ru_site_tagline = /** @type {(inputs: Site_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещания в области прав человека и практика, а также действия ЕС`)
};

const kk_site_tagline = /** @type {(inputs: Site_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Адам құқықтары жөніндегі уәделер мен іс жүзіндегі тәжірибе және ЕО-ның әрекеттері`)
};

/**
* | output |
* | --- |
* | "Human-rights pledges against practice, and what the EU does about it" |
*
* @param {Site_TaglineInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const site_tagline = /** @type {((inputs?: Site_TaglineInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_TaglineInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_site_tagline(inputs)
	if (locale === "kk") return kk_site_tagline(inputs)
	return en_site_tagline(inputs)
});