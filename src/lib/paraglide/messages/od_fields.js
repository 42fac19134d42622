/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Od_FieldsInputs */

const en_od_fields = /** @type {(inputs: Od_FieldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fields of each record (${i?.count})`)
};

const ru_od_fields = /** @type {(inputs: Od_FieldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Поля каждой записи (${i?.count})`)
};

const kk_od_fields = /** @type {(inputs: Od_FieldsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Әр жазбаның өрістері (${i?.count})`)
};

/**
* | output |
* | --- |
* | "Fields of each record ({count})" |
*
* @param {Od_FieldsInputs} inputs
* @param {{ locale?: "en" | "ru" | "kk" }} options
* @returns {LocalizedString}
*/
export const od_fields = /** @type {((inputs: Od_FieldsInputs, options?: { locale?: "en" | "ru" | "kk" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Od_FieldsInputs, { locale?: "en" | "ru" | "kk" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ru") return ru_od_fields(inputs)
	if (locale === "kk") return kk_od_fields(inputs)
	return en_od_fields(inputs)
});