/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_TitleInputs */

const en_timeline_title = /** @type {(inputs: Timeline_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pledges, cases and EU engagements over time`)
};

const ru_timeline_title = /** @type {(inputs: Timeline_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещания, случаи и действия ЕС во времени`)
};

const kk_timeline_title = /** @type {(inputs: Timeline_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Уақыт бойынша уәделер, жағдайлар және ЕО әрекеттері`)
};

/**
* | output |
* | --- |
* | "Pledges, cases and EU engagements over time" |
*
* @param {Timeline_TitleInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_title = /** @type {((inputs?: Timeline_TitleInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_TitleInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_title(inputs)
	if (locale === "kk") return kk_timeline_title(inputs)
	return en_timeline_title(inputs)
});