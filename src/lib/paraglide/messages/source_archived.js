/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Source_ArchivedInputs */

const en_source_archived = /** @type {(inputs: Source_ArchivedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Archived copy`)
};

const ru_source_archived = /** @type {(inputs: Source_ArchivedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Архивная копия`)
};

const kk_source_archived = /** @type {(inputs: Source_ArchivedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Мұрағаттағы көшірме`)
};

/**
* | output |
* | --- |
* | "Archived copy" |
*
* @param {Source_ArchivedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const source_archived = /** @type {((inputs?: Source_ArchivedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Source_ArchivedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_source_archived(inputs)
	if (locale === "kk") return kk_source_archived(inputs)
	return en_source_archived(inputs)
});