/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Prisoner_No_RestrictionInputs */

const en_prisoner_no_restriction = /** @type {(inputs: Prisoner_No_RestrictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No restriction after release is recorded.`)
};

const ru_prisoner_no_restriction = /** @type {(inputs: Prisoner_No_RestrictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ограничений после освобождения не зафиксировано.`)
};

const kk_prisoner_no_restriction = /** @type {(inputs: Prisoner_No_RestrictionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Босатылғаннан кейінгі шектеулер тіркелмеген.`)
};

/**
* | output |
* | --- |
* | "No restriction after release is recorded." |
*
* @param {Prisoner_No_RestrictionInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const prisoner_no_restriction = /** @type {((inputs?: Prisoner_No_RestrictionInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Prisoner_No_RestrictionInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_prisoner_no_restriction(inputs)
	if (locale === "kk") return kk_prisoner_no_restriction(inputs)
	return en_prisoner_no_restriction(inputs)
});