/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_OverviewInputs */

const en_timeline_overview = /** @type {(inputs: Timeline_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overview`)
};

const ru_timeline_overview = /** @type {(inputs: Timeline_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Обзор`)
};

const kk_timeline_overview = /** @type {(inputs: Timeline_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Шолу`)
};

/**
* | output |
* | --- |
* | "Overview" |
*
* @param {Timeline_OverviewInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_overview = /** @type {((inputs?: Timeline_OverviewInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_OverviewInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_overview(inputs)
	if (locale === "kk") return kk_timeline_overview(inputs)
	return en_timeline_overview(inputs)
});