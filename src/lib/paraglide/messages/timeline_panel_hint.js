/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Panel_HintInputs */

const en_timeline_panel_hint = /** @type {(inputs: Timeline_Panel_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hover over, focus or tap a mark to see its details. Pledges light up the cases that contradict them.`)
};

const ru_timeline_panel_hint = /** @type {(inputs: Timeline_Panel_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Наведите курсор, перейдите с клавиатуры или коснитесь отметки, чтобы увидеть подробности. Обещания подсвечивают случаи, которые им противоречат.`)
};

const kk_timeline_panel_hint = /** @type {(inputs: Timeline_Panel_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Толығырақ көру үшін белгіге меңзерді апарыңыз, пернетақтамен өтіңіз немесе түртіңіз. Уәделер өздеріне қайшы келетін жағдайларды ерекшелейді.`)
};

/**
* | output |
* | --- |
* | "Hover over, focus or tap a mark to see its details. Pledges light up the cases that contradict them." |
*
* @param {Timeline_Panel_HintInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_panel_hint = /** @type {((inputs?: Timeline_Panel_HintInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Panel_HintInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_panel_hint(inputs)
	if (locale === "kk") return kk_timeline_panel_hint(inputs)
	return en_timeline_panel_hint(inputs)
});