/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_Summary_EngagementsInputs */

const en_od_summary_engagements = /** @type {(inputs: Od_Summary_EngagementsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Published EU engagements (visits, dialogues, agreements): who took part, whether human rights were raised, the asks raised and sources.`)
};

const ru_od_summary_engagements = /** @type {(inputs: Od_Summary_EngagementsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опубликованные действия ЕС (визиты, диалоги, соглашения): кто участвовал, поднимались ли права человека, поднятые требования и источники.`)
};

const kk_od_summary_engagements = /** @type {(inputs: Od_Summary_EngagementsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ЕО-ның жарияланған әрекеттері (сапарлар, диалогтар, келісімдер): кім қатысты, адам құқықтары көтерілді ме, көтерілген талаптар және дереккөздер.`)
};

/**
* | output |
* | --- |
* | "Published EU engagements (visits, dialogues, agreements): who took part, whether human rights were raised, the asks raised and sources." |
*
* @param {Od_Summary_EngagementsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_summary_engagements = /** @type {((inputs?: Od_Summary_EngagementsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_Summary_EngagementsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_summary_engagements(inputs)
	if (locale === "kk") return kk_od_summary_engagements(inputs)
	return en_od_summary_engagements(inputs)
});