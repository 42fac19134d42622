/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Record_Fictional_NoticeInputs */

const en_record_fictional_notice = /** @type {(inputs: Record_Fictional_NoticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Generated test data for a fictional country. Nothing here describes real people or events.`)
};

const ru_record_fictional_notice = /** @type {(inputs: Record_Fictional_NoticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сгенерированные тестовые данные о вымышленной стране. Ничто здесь не описывает реальных людей или события.`)
};

const kk_record_fictional_notice = /** @type {(inputs: Record_Fictional_NoticeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ойдан шығарылған елдің жасанды сынақ деректері. Мұндағы ештеңе нақты адамдар мен оқиғаларды сипаттамайды.`)
};

/**
* | output |
* | --- |
* | "Generated test data for a fictional country. Nothing here describes real people or events." |
*
* @param {Record_Fictional_NoticeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const record_fictional_notice = /** @type {((inputs?: Record_Fictional_NoticeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Record_Fictional_NoticeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_record_fictional_notice(inputs)
	if (locale === "kk") return kk_record_fictional_notice(inputs)
	return en_record_fictional_notice(inputs)
});