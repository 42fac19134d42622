/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, yes: NonNullable<unknown>, no: NonNullable<unknown>, unknown: NonNullable<unknown> }} Glance_EngagementsInputs */

const en_glance_engagements = /** @type {(inputs: Glance_EngagementsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`**${registry.number("en", i?.count, {})}** EU engagement; human rights raised in **${i?.yes}**, not raised in **${i?.no}**, not known for **${i?.unknown}**`);
	return /** @type {LocalizedString} */ (`**${registry.number("en", i?.count, {})}** EU engagements; human rights raised in **${i?.yes}**, not raised in **${i?.no}**, not known for **${i?.unknown}**`)
	
};

const ru_glance_engagements = /** @type {(inputs: Glance_EngagementsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** действие ЕС; права человека подняты: **${i?.yes}**, не подняты: **${i?.no}**, неизвестно: **${i?.unknown}**`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** действия ЕС; права человека подняты: **${i?.yes}**, не подняты: **${i?.no}**, неизвестно: **${i?.unknown}**`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** действий ЕС; права человека подняты: **${i?.yes}**, не подняты: **${i?.no}**, неизвестно: **${i?.unknown}**`);
	return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** действия ЕС; права человека подняты: **${i?.yes}**, не подняты: **${i?.no}**, неизвестно: **${i?.unknown}**`)
	
};

const kk_glance_engagements = /** @type {(inputs: Glance_EngagementsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`ЕО-ның **${registry.number("kk", i?.count, {})}** әрекеті; адам құқықтары көтерілді: **${i?.yes}**, көтерілмеді: **${i?.no}**, белгісіз: **${i?.unknown}**`);
	return /** @type {LocalizedString} */ (`ЕО-ның **${registry.number("kk", i?.count, {})}** әрекеті; адам құқықтары көтерілді: **${i?.yes}**, көтерілмеді: **${i?.no}**, белгісіз: **${i?.unknown}**`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "**{count}** EU engagement; human rights raised in **{yes}**, not raised in **{no}**, not known for **{unknown}**" |
* | * | "**{count}** EU engagements; human rights raised in **{yes}**, not raised in **{no}**, not known for **{unknown}**" |
*
* @param {Glance_EngagementsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const glance_engagements = /** @type {((inputs: Glance_EngagementsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glance_EngagementsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_glance_engagements(inputs)
	if (locale === "kk") return kk_glance_engagements(inputs)
	return en_glance_engagements(inputs)
});