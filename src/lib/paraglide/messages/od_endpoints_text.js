/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ feed: NonNullable<unknown> }} Od_Endpoints_TextInputs */

const en_od_endpoints_text = /** @type {(inputs: Od_Endpoints_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`JSON lists answer one page at a time, with meta (total, limit, offset, count), links to the next and previous pages and to the same list as CSV, and the sources cited. CSV files hold every match, one row per record, lists joined with “; ”. A parameter the API does not know, or a value it cannot read, is answered with a 400 that names it and says what it accepts. The Atom feed at ${i?.feed} announces newly published cases and rating changes in one country, newest first.`)
};

const ru_od_endpoints_text = /** @type {(inputs: Od_Endpoints_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Списки JSON отдаются постранично, с meta (total, limit, offset, count), ссылками links на следующую и предыдущую страницы и на тот же список в CSV, а также с цитируемыми источниками sources. Файлы CSV содержат все совпадения, по строке на запись, списки соединены через «; ». На неизвестный параметр или нечитаемое значение API отвечает кодом 400 с его названием и допустимыми значениями. Лента Atom по адресу ${i?.feed} сообщает о новых опубликованных случаях и изменениях оценок в стране, сначала новые.`)
};

const kk_od_endpoints_text = /** @type {(inputs: Od_Endpoints_TextInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`JSON тізімдері бір-бір беттен беріледі: meta (total, limit, offset, count), келесі және алдыңғы беттерге және сол тізімнің CSV нұсқасына links сілтемелері, сондай-ақ келтірілген sources дереккөздері бар. CSV файлдарында барлық сәйкестіктер бар, әр жазбаға бір жол, тізімдер «; » арқылы біріктірілген. API білмейтін параметрге немесе оқи алмайтын мәнге 400 кодымен жауап беріледі, онда параметрдің аты мен рұқсат етілген мәндер айтылады. ${i?.feed} мекенжайындағы Atom арнасы бір елдегі жаңа жарияланған жағдайлар мен баға өзгерістері туралы хабарлайды, алдымен жаңалары.`)
};

/**
* | output |
* | --- |
* | "JSON lists answer one page at a time, with meta (total, limit, offset, count), links to the next and previous pages and to the same list as CSV, and the sour..." |
*
* @param {Od_Endpoints_TextInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_endpoints_text = /** @type {((inputs: Od_Endpoints_TextInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_Endpoints_TextInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_endpoints_text(inputs)
	if (locale === "kk") return kk_od_endpoints_text(inputs)
	return en_od_endpoints_text(inputs)
});