/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Method_ContradictedInputs */

const en_method_contradicted = /** @type {(inputs: Method_ContradictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A pledge counts as contradicted when a researcher has linked at least one published case to it as contradicting it, with a note on why. Political prisoners are the published imprisonment and detention cases: held now when the case is ongoing or its end lies ahead, released otherwise. Only published records count; nothing is weighted or combined into a score.`)
};

const ru_method_contradicted = /** @type {(inputs: Method_ContradictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обещание считается опровергнутым, если исследователь связал с ним хотя бы один опубликованный случай как противоречащий ему и пояснил почему. Политические заключённые — это опубликованные случаи лишения свободы и задержания: человек под стражей сейчас, если случай продолжается или его окончание ещё впереди, иначе — освобождён. Учитываются только опубликованные записи; ничто не взвешивается и не сводится в общий балл.`)
};

const kk_method_contradicted = /** @type {(inputs: Method_ContradictedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Зерттеуші кемінде бір жарияланған жағдайды уәдеге қайшы деп байланыстырып, себебін түсіндірсе, уәде жоққа шығарылған болып есептеледі. Саяси тұтқындар — бас бостандығынан айыру мен ұстаудың жарияланған жағдайлары: жағдай жалғасып жатса немесе оның аяқталуы әлі алда болса, адам қазір қамауда, әйтпесе босатылған. Тек жарияланған жазбалар есептеледі; ештеңе салмақталмайды және бір ұпайға біріктірілмейді.`)
};

/**
* | output |
* | --- |
* | "A pledge counts as contradicted when a researcher has linked at least one published case to it as contradicting it, with a note on why. Political prisoners a..." |
*
* @param {Method_ContradictedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const method_contradicted = /** @type {((inputs?: Method_ContradictedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Method_ContradictedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_method_contradicted(inputs)
	if (locale === "kk") return kk_method_contradicted(inputs)
	return en_method_contradicted(inputs)
});