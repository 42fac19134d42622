/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Od_Licence_TextInputs */

const en_od_licence_text = /** @type {(inputs: Od_Licence_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The organisation that runs this site chooses the licence and will state it here. Until it does, ask them before republishing the data.`)
};

const ru_od_licence_text = /** @type {(inputs: Od_Licence_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Лицензию выбирает организация, которая ведёт этот сайт, и укажет её здесь. До тех пор спрашивайте её разрешения, прежде чем публиковать данные повторно.`)
};

const kk_od_licence_text = /** @type {(inputs: Od_Licence_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Лицензияны осы сайтты жүргізетін ұйым таңдайды және оны осында көрсетеді. Оған дейін деректерді қайта жарияламас бұрын одан рұқсат сұраңыз.`)
};

/**
* | output |
* | --- |
* | "The organisation that runs this site chooses the licence and will state it here. Until it does, ask them before republishing the data." |
*
* @param {Od_Licence_TextInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_licence_text = /** @type {((inputs?: Od_Licence_TextInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_Licence_TextInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_licence_text(inputs)
	if (locale === "kk") return kk_od_licence_text(inputs)
	return en_od_licence_text(inputs)
});