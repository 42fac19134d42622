/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_LedeInputs */

const en_od_lede = /** @type {(inputs: Od_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Everything published here is also available as data: JSON pages for programs, CSV files for spreadsheets and an Atom feed per country for feed readers. Only published records appear, with the sources they cite; people at risk appear only under a pseudonym.`)
};

const ru_od_lede = /** @type {(inputs: Od_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Всё опубликованное здесь доступно и в виде данных: JSON для программ, файлы CSV для электронных таблиц и лента Atom по каждой стране для программ чтения лент. В данные попадают только опубликованные записи с их источниками; люди, находящиеся в опасности, указаны только под псевдонимом.`)
};

const kk_od_lede = /** @type {(inputs: Od_LedeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мұнда жарияланғанның бәрі деректер түрінде де қолжетімді: бағдарламаларға арналған JSON, электрондық кестелерге арналған CSV файлдары және арна оқу бағдарламаларына арналған әр елдің Atom арнасы. Тек жарияланған жазбалар олардың дереккөздерімен бірге беріледі; қауіп төнген адамдар тек бүркеншік атпен көрсетіледі.`)
};

/**
* | output |
* | --- |
* | "Everything published here is also available as data: JSON pages for programs, CSV files for spreadsheets and an Atom feed per country for feed readers. Only ..." |
*
* @param {Od_LedeInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_lede = /** @type {((inputs?: Od_LedeInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_LedeInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_lede(inputs)
	if (locale === "kk") return kk_od_lede(inputs)
	return en_od_lede(inputs)
});