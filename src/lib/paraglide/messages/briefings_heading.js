/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Briefings_HeadingInputs */

const en_briefings_heading = /** @type {(inputs: Briefings_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Briefing packs`)
};

const ru_briefings_heading = /** @type {(inputs: Briefings_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Аналитические записки`)
};

const kk_briefings_heading = /** @type {(inputs: Briefings_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Талдамалық жазбалар`)
};

/**
* | output |
* | --- |
* | "Briefing packs" |
*
* @param {Briefings_HeadingInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const briefings_heading = /** @type {((inputs?: Briefings_HeadingInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Briefings_HeadingInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_briefings_heading(inputs)
	if (locale === "kk") return kk_briefings_heading(inputs)
	return en_briefings_heading(inputs)
});