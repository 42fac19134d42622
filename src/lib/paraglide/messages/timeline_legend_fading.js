/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Legend_FadingInputs */

const en_timeline_legend_fading = /** @type {(inputs: Timeline_Legend_FadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fading start: known only to have happened by the date shown`)
};

const ru_timeline_legend_fading = /** @type {(inputs: Timeline_Legend_FadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бледнеющее начало: известно лишь, что это произошло не позднее указанной даты`)
};

const kk_timeline_legend_fading = /** @type {(inputs: Timeline_Legend_FadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бозарған басы: тек көрсетілген күнге дейін болғаны белгілі`)
};

/**
* | output |
* | --- |
* | "Fading start: known only to have happened by the date shown" |
*
* @param {Timeline_Legend_FadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_legend_fading = /** @type {((inputs?: Timeline_Legend_FadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Legend_FadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_legend_fading(inputs)
	if (locale === "kk") return kk_timeline_legend_fading(inputs)
	return en_timeline_legend_fading(inputs)
});