/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_Ratings_NoteInputs */

const en_home_ratings_note = /** @type {(inputs: Home_Ratings_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ratings count each published pledge once, by its current rating: the latest published assessment of whether the promise was kept, judged on outcomes rather than intentions.`)
};

const ru_home_ratings_note = /** @type {(inputs: Home_Ratings_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Каждое опубликованное обещание учитывается один раз, по текущей оценке: последней опубликованной оценке того, выполнено ли обещание, — по результатам, а не по намерениям.`)
};

const kk_home_ratings_note = /** @type {(inputs: Home_Ratings_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Әр жарияланған уәде өзінің ағымдағы бағасы бойынша бір рет есептеледі: уәденің орындалғаны туралы соңғы жарияланған баға ниетке емес, нәтижеге қарап қойылады.`)
};

/**
* | output |
* | --- |
* | "Ratings count each published pledge once, by its current rating: the latest published assessment of whether the promise was kept, judged on outcomes rather t..." |
*
* @param {Home_Ratings_NoteInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const home_ratings_note = /** @type {((inputs?: Home_Ratings_NoteInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Ratings_NoteInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_home_ratings_note(inputs)
	if (locale === "kk") return kk_home_ratings_note(inputs)
	return en_home_ratings_note(inputs)
});