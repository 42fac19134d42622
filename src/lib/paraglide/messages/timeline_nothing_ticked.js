/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_Nothing_TickedInputs */

const en_timeline_nothing_ticked = /** @type {(inputs: Timeline_Nothing_TickedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing ticked shows everything.`)
};

const ru_timeline_nothing_ticked = /** @type {(inputs: Timeline_Nothing_TickedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Если ничего не отмечено, показывается всё.`)
};

const kk_timeline_nothing_ticked = /** @type {(inputs: Timeline_Nothing_TickedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ештеңе белгіленбесе, барлығы көрсетіледі.`)
};

/**
* | output |
* | --- |
* | "Nothing ticked shows everything." |
*
* @param {Timeline_Nothing_TickedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_nothing_ticked = /** @type {((inputs?: Timeline_Nothing_TickedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Nothing_TickedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_nothing_ticked(inputs)
	if (locale === "kk") return kk_timeline_nothing_ticked(inputs)
	return en_timeline_nothing_ticked(inputs)
});