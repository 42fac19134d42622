/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Timeline_Panel_ContradictedInputs */

const en_timeline_panel_contradicted = /** @type {(inputs: Timeline_Panel_ContradictedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Contradicted by ${registry.number("en", i?.count, {})} published case.`);
	return /** @type {LocalizedString} */ (`Contradicted by ${registry.number("en", i?.count, {})} published cases.`)
	
};

const ru_timeline_panel_contradicted = /** @type {(inputs: Timeline_Panel_ContradictedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} опубликованным случаем.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} опубликованными случаями.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} опубликованными случаями.`);
	return /** @type {LocalizedString} */ (`Опровергается ${registry.number("ru", i?.count, {})} опубликованными случаями.`)
	
};

const kk_timeline_panel_contradicted = /** @type {(inputs: Timeline_Panel_ContradictedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдаймен жоққа шығарылады.`);
	return /** @type {LocalizedString} */ (`${registry.number("kk", i?.count, {})} жарияланған жағдаймен жоққа шығарылады.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Contradicted by {count} published case." |
* | * | "Contradicted by {count} published cases." |
*
* @param {Timeline_Panel_ContradictedInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const timeline_panel_contradicted = /** @type {((inputs: Timeline_Panel_ContradictedInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_Panel_ContradictedInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_timeline_panel_contradicted(inputs)
	if (locale === "kk") return kk_timeline_panel_contradicted(inputs)
	return en_timeline_panel_contradicted(inputs)
});