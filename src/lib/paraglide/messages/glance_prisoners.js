/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, former: NonNullable<unknown> }} Glance_PrisonersInputs */

const en_glance_prisoners = /** @type {(inputs: Glance_PrisonersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`**${registry.number("en", i?.count, {})}** political prisoner held now, **${i?.former}** released`);
	return /** @type {LocalizedString} */ (`**${registry.number("en", i?.count, {})}** political prisoners held now, **${i?.former}** released`)
	
};

const ru_glance_prisoners = /** @type {(inputs: Glance_PrisonersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** политический заключённый сейчас под стражей, освобождено: **${i?.former}**`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** политических заключённых сейчас под стражей, освобождено: **${i?.former}**`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** политических заключённых сейчас под стражей, освобождено: **${i?.former}**`);
	return /** @type {LocalizedString} */ (`**${registry.number("ru", i?.count, {})}** политических заключённых сейчас под стражей, освобождено: **${i?.former}**`)
	
};

const kk_glance_prisoners = /** @type {(inputs: Glance_PrisonersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("kk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Қазір **${registry.number("kk", i?.count, {})}** саяси тұтқын қамауда, **${i?.former}** босатылған`);
	return /** @type {LocalizedString} */ (`Қазір **${registry.number("kk", i?.count, {})}** саяси тұтқын қамауда, **${i?.former}** босатылған`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "**{count}** political prisoner held now, **{former}** released" |
* | * | "**{count}** political prisoners held now, **{former}** released" |
*
* @param {Glance_PrisonersInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const glance_prisoners = /** @type {((inputs: Glance_PrisonersInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glance_PrisonersInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_glance_prisoners(inputs)
	if (locale === "kk") return kk_glance_prisoners(inputs)
	return en_glance_prisoners(inputs)
});