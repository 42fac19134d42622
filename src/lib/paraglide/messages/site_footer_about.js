/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Site_Footer_AboutInputs */

const en_site_footer_about = /** @type {(inputs: Site_Footer_AboutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledgewatch tracks what governments promise on human rights against what they do, and what the EU does about it. Every claim in the public record is cited to its source, listed at the foot of each country page. Only records that researchers have documented and editors have published appear here.`)
};

const ru_site_footer_about = /** @type {(inputs: Site_Footer_AboutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledgewatch сопоставляет обещания правительств в области прав человека с их действиями и следит за тем, что делает ЕС. У каждого утверждения в открытой части есть ссылка на источник; источники перечислены внизу страницы каждой страны. Здесь показаны только записи, которые задокументировали исследователи и опубликовали редакторы.`)
};

const kk_site_footer_about = /** @type {(inputs: Site_Footer_AboutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledgewatch үкіметтердің адам құқықтары жөніндегі уәделерін олардың іс-әрекеттерімен салыстырады және ЕО-ның не істейтінін бақылайды. Ашық бөлімдегі әр тұжырымның дереккөзге сілтемесі бар; дереккөздер әр елдің бетінің төменгі жағында берілген. Мұнда тек зерттеушілер құжаттаған және редакторлар жариялаған жазбалар ғана көрсетіледі.`)
};

/**
* | output |
* | --- |
* | "Pledgewatch tracks what governments promise on human rights against what they do, and what the EU does about it. Every claim in the public record is cited to..." |
*
* @param {Site_Footer_AboutInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const site_footer_about = /** @type {((inputs?: Site_Footer_AboutInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Footer_AboutInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_site_footer_about(inputs)
	if (locale === "kk") return kk_site_footer_about(inputs)
	return en_site_footer_about(inputs)
});