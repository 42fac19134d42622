/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Actor_Kind_Trade_UnionInputs */

const en_actor_kind_trade_union = /** @type {(inputs: Actor_Kind_Trade_UnionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trade union`)
};

const ru_actor_kind_trade_union = /** @type {(inputs: Actor_Kind_Trade_UnionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Профсоюз`)
};

const kk_actor_kind_trade_union = /** @type {(inputs: Actor_Kind_Trade_UnionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Кәсіподақ`)
};

/**
* | output |
* | --- |
* | "Trade union" |
*
* @param {Actor_Kind_Trade_UnionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const actor_kind_trade_union = /** @type {((inputs?: Actor_Kind_Trade_UnionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Actor_Kind_Trade_UnionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_actor_kind_trade_union(inputs)
	if (locale === "kk") return kk_actor_kind_trade_union(inputs)
	return en_actor_kind_trade_union(inputs)
});