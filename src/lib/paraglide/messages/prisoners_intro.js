/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Prisoners_IntroInputs */

const en_prisoners_intro = /** @type {(inputs: Prisoners_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`People held in the published imprisonment and detention cases, those held now first, with any restriction imposed after release.`)
};

const ru_prisoners_intro = /** @type {(inputs: Prisoners_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Люди из опубликованных случаев лишения свободы и задержания: сначала те, кто под стражей сейчас, с ограничениями, наложенными после освобождения.`)
};

const kk_prisoners_intro = /** @type {(inputs: Prisoners_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Бас бостандығынан айыру мен ұстаудың жарияланған жағдайларындағы адамдар: алдымен қазір қамаудағылар, босатылғаннан кейін салынған шектеулерімен.`)
};

/**
* | output |
* | --- |
* | "People held in the published imprisonment and detention cases, those held now first, with any restriction imposed after release." |
*
* @param {Prisoners_IntroInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoners_intro = /** @type {((inputs?: Prisoners_IntroInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoners_IntroInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoners_intro(inputs)
	if (locale === "kk") return kk_prisoners_intro(inputs)
	return en_prisoners_intro(inputs)
});