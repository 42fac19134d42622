/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Method_RatingsInputs */

const en_method_ratings = /** @type {(inputs: Method_RatingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each published pledge is counted once, under its current rating: the latest published assessment of whether the promise was kept, judged on outcomes rather than intentions. A pledge nobody has assessed yet counts as Not yet rated.`)
};

const ru_method_ratings = /** @type {(inputs: Method_RatingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Каждое опубликованное обещание учитывается один раз, по текущей оценке: последней опубликованной оценке того, выполнено ли обещание, — по результатам, а не по намерениям. Обещание, которое ещё никто не оценил, учитывается как «Ещё не оценено».`)
};

const kk_method_ratings = /** @type {(inputs: Method_RatingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әр жарияланған уәде өзінің ағымдағы бағасы бойынша бір рет есептеледі: уәденің орындалғаны туралы соңғы жарияланған баға ниетке емес, нәтижеге қарап қойылады. Әлі ешкім бағаламаған уәде «Әлі бағаланбаған» болып есептеледі.`)
};

/**
* | output |
* | --- |
* | "Each published pledge is counted once, under its current rating: the latest published assessment of whether the promise was kept, judged on outcomes rather t..." |
*
* @param {Method_RatingsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const method_ratings = /** @type {((inputs?: Method_RatingsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Method_RatingsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_method_ratings(inputs)
	if (locale === "kk") return kk_method_ratings(inputs)
	return en_method_ratings(inputs)
});