/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_Summary_PledgesInputs */

const en_od_summary_pledges = /** @type {(inputs: Od_Summary_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Published pledges with their current rating and its rationale, the cases that contradict or support them, the laws involved and their sources.`)
};

const ru_od_summary_pledges = /** @type {(inputs: Od_Summary_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опубликованные обещания с текущей оценкой и её обоснованием, случаи, которые им противоречат или их подтверждают, связанные законы и источники.`)
};

const kk_od_summary_pledges = /** @type {(inputs: Od_Summary_PledgesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Жарияланған уәделер: ағымдағы бағасы және оның негіздемесі, оларға қайшы келетін немесе оларды растайтын жағдайлар, қатысты заңдар және дереккөздер.`)
};

/**
* | output |
* | --- |
* | "Published pledges with their current rating and its rationale, the cases that contradict or support them, the laws involved and their sources." |
*
* @param {Od_Summary_PledgesInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_summary_pledges = /** @type {((inputs?: Od_Summary_PledgesInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_Summary_PledgesInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_summary_pledges(inputs)
	if (locale === "kk") return kk_od_summary_pledges(inputs)
	return en_od_summary_pledges(inputs)
});