/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Country_Fictional_NoticeInputs */

const en_country_fictional_notice = /** @type {(inputs: Country_Fictional_NoticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is a fictional country filled with generated test data. Nothing on this page describes real people or events.`)
};

const ru_country_fictional_notice = /** @type {(inputs: Country_Fictional_NoticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Это вымышленная страна со сгенерированными тестовыми данными. Ничто на этой странице не описывает реальных людей или события.`)
};

const kk_country_fictional_notice = /** @type {(inputs: Country_Fictional_NoticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бұл жасанды сынақ деректерімен толтырылған ойдан шығарылған ел. Бұл беттегі ештеңе нақты адамдар мен оқиғаларды сипаттамайды.`)
};

/**
* | output |
* | --- |
* | "This is a fictional country filled with generated test data. Nothing on this page describes real people or events." |
*
* @param {Country_Fictional_NoticeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const country_fictional_notice = /** @type {((inputs?: Country_Fictional_NoticeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Country_Fictional_NoticeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_country_fictional_notice(inputs)
	if (locale === "kk") return kk_country_fictional_notice(inputs)
	return en_country_fictional_notice(inputs)
});