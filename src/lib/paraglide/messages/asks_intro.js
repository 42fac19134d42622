/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Asks_IntroInputs */

const en_asks_intro = /** @type {(inputs: Asks_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recommendations made to decision-makers, and whether they were raised or acted on.`)
};

const ru_asks_intro = /** @type {(inputs: Asks_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Рекомендации лицам, принимающим решения, и были ли они подняты или выполнены.`)
};

const kk_asks_intro = /** @type {(inputs: Asks_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шешім қабылдаушыларға берілген ұсыныстар және олардың көтерілген-көтерілмегені не орындалған-орындалмағаны.`)
};

/**
* | output |
* | --- |
* | "Recommendations made to decision-makers, and whether they were raised or acted on." |
*
* @param {Asks_IntroInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const asks_intro = /** @type {((inputs?: Asks_IntroInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Asks_IntroInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_asks_intro(inputs)
	if (locale === "kk") return kk_asks_intro(inputs)
	return en_asks_intro(inputs)
});