import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as compiled from '../../src/lib/paraglide/messages.js';
import { formatDate, formatPeriod, pointDate } from '../../src/lib/dates.js';
import { countryName } from '../../src/lib/server/country-names.js';
import {
	LABELLED_VOCABULARIES,
	vocabularyLabels,
	type LabelledVocabulary
} from '../../src/lib/localized-labels.js';

/*
 * The interface messages: every key in every language, plural forms per language's rules,
 * the compiled output (built by the Vite plugin on every run) saying what messages/*.json say, a
 * word for every vocabulary value in every language, and dates and country names per language.
 */

const LOCALES = ['en', 'ru', 'kk'] as const;
type Locale = (typeof LOCALES)[number];
type Plural = { plural: string } & Record<string, string>;
type Value = string | Plural;

const root = path.resolve(import.meta.dirname, '..', '..');
const messages = Object.fromEntries(
	LOCALES.map((locale) => [
		locale,
		JSON.parse(fs.readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8')) as Record<
			string,
			Value
		>
	])
) as Record<Locale, Record<string, Value>>;
const keys = (locale: Locale) => Object.keys(messages[locale]).filter((k) => !k.startsWith('$'));

/* Plural categories each language's rules can select (Intl.PluralRules), for whole numbers. */
function categories(locale: Locale): Set<string> {
	const rules = new Intl.PluralRules(locale);
	return new Set(Array.from({ length: 200 }, (_, n) => rules.select(n)));
}

const placeholders = (text: string) =>
	[...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const texts = (value: Value) =>
	typeof value === 'string'
		? [value]
		: Object.entries(value)
				.filter(([k]) => k !== 'plural')
				.map(([, v]) => v);

describe('interface messages', () => {
	it('every key of the English source exists in Russian and Kazakh, and no other', () => {
		for (const locale of ['ru', 'kk'] as const) {
			const missing = keys('en').filter((k) => !(k in messages[locale]));
			const extra = keys(locale).filter((k) => !(k in messages.en));
			expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
		}
	});

	it('translations keep the source placeholders, and plurals give every form the language needs', () => {
		for (const key of keys('en')) {
			const source = messages.en[key] as Value;
			const wanted = [...new Set(texts(source).flatMap(placeholders))].sort();
			for (const locale of LOCALES) {
				const value = messages[locale][key] as Value;
				const used = [...new Set(texts(value).flatMap(placeholders))].sort();
				expect(used, `${locale}.${key}`).toEqual(wanted);
				if (typeof source === 'object') {
					expect(typeof value, `${locale}.${key}`).toBe('object');
					const forms = Object.keys(value as Plural).filter((k) => k !== 'plural');
					for (const category of categories(locale))
						expect(forms, `${locale}.${key} needs "${category}"`).toContain(category);
				}
				for (const text of texts(value)) expect(text.trim(), `${locale}.${key}`).not.toBe('');
			}
		}
	});

	it('the compiled messages say what messages/*.json say, in every language and plural form', () => {
		const byKey = compiled as unknown as Record<
			string,
			(inputs: Record<string, unknown>, options: { locale: Locale }) => string
		>;
		for (const key of keys('en')) {
			expect(typeof byKey[key], `compiled message ${key}`).toBe('function');
			for (const locale of LOCALES) {
				const value = messages[locale][key] as Value;
				const inputs: Record<string, unknown> = {};
				for (const name of texts(value).flatMap(placeholders)) inputs[name] = `<${name}>`;
				if (typeof value === 'object') {
					// 21 is "one" in Russian and "other" in English: the form for each is checked.
					for (const n of [1, 3, 5, 21]) {
						inputs[value.plural] = n;
						const form = new Intl.PluralRules(locale).select(n);
						const text = (value[form] ?? value.other) as string;
						const expected = text.replace(/\{(\w+)\}/g, (_, name: string) =>
							name === value.plural ? n.toLocaleString(locale) : `<${name}>`
						);
						expect(byKey[key]!(inputs, { locale }), `${locale}.${key}(${n})`).toBe(expected);
					}
				} else {
					expect(byKey[key]!(inputs, { locale }), `${locale}.${key}`).toBe(
						value.replace(/\{(\w+)\}/g, (_, name: string) => `<${name}>`)
					);
				}
			}
		}
	});

	it('every value of every labelled vocabulary has its word in every language', () => {
		const vocabularies = Object.keys(LABELLED_VOCABULARIES) as LabelledVocabulary[];
		for (const vocabulary of vocabularies) {
			const english = vocabularyLabels(vocabulary, 'en');
			for (const [value, word] of Object.entries(english)) {
				expect(messages.en[`${vocabulary}_${value}`], `en ${vocabulary} ${value}`).toBe(word);
				for (const locale of ['ru', 'kk'] as const) {
					const translated = vocabularyLabels(vocabulary, locale)[value as never];
					expect(translated, `${locale} ${value}`).not.toBe(value);
					expect(translated, `${locale} ${value}`).not.toBe(word);
				}
			}
		}
	});
});

describe('dates and names per language', () => {
	it('keeps the precision the source gives, in each language', () => {
		const month = pointDate('2021-05');
		expect(formatDate(month, 'en')).toBe('May 2021');
		expect(formatDate(month, 'ru')).toBe('май 2021 г.');
		expect(formatDate(month, 'kk')).toBe('2021 ж. мамыр');
		expect(formatDate(pointDate('2021-05-12'), 'kk')).toBe('2021 ж. 12 мамыр');
		expect(formatDate({ text: '2021-09..2021-11', precision: 'range' }, 'ru')).toBe(
			'приблизительно сентябрь – ноябрь 2021 г.'
		);
		expect(formatDate(pointDate('2018'), 'ru')).toBe('2018');
		expect(formatDate(pointDate('2021-11-25'), 'ru')).toBe('25 ноября 2021 г.');
		expect(formatPeriod(pointDate('2021-11-25'), pointDate('2021-11-26'), false, null, 'en')).toBe(
			'25–26 November 2021'
		);
		expect(formatPeriod(pointDate('2021-11-25'), pointDate('2021-11-26'), false, null, 'kk')).toBe(
			'2021 ж. 25–26 қараша'
		);
		expect(formatPeriod(pointDate('2018'), null, true, pointDate('2021-11'), 'ru')).toBe(
			'2018 – продолжается (последний источник: ноябрь 2021 г.)'
		);
		expect(formatDate({ text: '2021-11', precision: 'before' }, 'kk')).toBe(
			'2021 ж. қараша немесе одан ерте'
		);
	});

	it('names countries from the ISO data in each language, keeping a fictional country’s own name', () => {
		const kz = { code: 'KZ', name: 'Kazakhstan' };
		expect(countryName(kz, 'en')).toBe('Kazakhstan');
		expect(countryName(kz, 'ru')).toBe('Казахстан');
		expect(countryName(kz, 'kk')).toBe('Қазақстан');
		expect(countryName({ code: 'XT', name: 'Testland' }, 'ru')).toBe('Testland');
	});
});
