/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, shown: NonNullable<unknown> }} Timeline_Panel_Contradicted_In_ViewInputs */

const en_timeline_panel_contradicted_in_view = /** @type {(inputs: Timeline_Panel_Contradicted_In_ViewInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Contradicted by ${registry.number("en", i?.count, {})} published case, ${i?.shown} in this view.`);
	return /** @type {LocalizedString} */ (`Contradicted by ${registry.number("en", i?.count, {})} published cases, ${i?.shown} in this view.`)
	
};

const ru_timeline_panel_contradicted_in_view = /** @type {(inputs: Timeline_Panel_Contradicted_In_ViewInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} опубликованным случаем, в этом фрагменте: ${i?.shown}.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} опубликованными случаями, в этом фрагменте: ${i?.shown}.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} опубликованными случаями, в этом фрагменте: ${i?.shown}.`);
	return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} опубликованными случаями, в этом фрагменте: ${i?.shown}.`)
	
};

const kk_timeline_panel_contradicted_in_view = /** @type {(inputs: Timeline_Panel_Contradicted_In_ViewInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдаймен жоққа шығарылады, осы көріністе: ${i?.shown}.`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдаймен жоққа шығарылады, осы көріністе: ${i?.shown}.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Contradicted by {count} published case, {shown} in this view." |
* | * | "Contradicted by {count} published cases, {shown} in this view." |
*
* @param {Timeline_Panel_Contradicted_In_ViewInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_panel_contradicted_in_view = /** @type {((inputs: Timeline_Panel_Contradicted_In_ViewInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Panel_Contradicted_In_ViewInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_panel_contradicted_in_view(inputs)
	if (locale === "kk") return kk_timeline_panel_contradicted_in_view(inputs)
	return en_timeline_panel_contradicted_in_view(inputs)
});