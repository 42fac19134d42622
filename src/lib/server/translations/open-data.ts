import { DEFAULT_CONTENT_LANG, type ContentLang, type FieldLangs } from '$lib/domain/translations';
import type { DB } from '$lib/server/db/connect';
import { pathIn } from '$lib/i18n';
import { itemText, type CountryFeed } from '$lib/server/public/feed';
import {
	listFieldLanguages,
	listPublishedTranslations
} from '$lib/server/repositories/translations';
import { localizeRecords } from './localize';

/*
 * The open data in a language (`lang`, issue 12 item 5). Each record's translatable fields
 * are given in that language where a translation is published, else in their original
 * language; `lang` says which language each field is in, and `translations` lists, per field,
 * every published version with its language tag, the original included and marked.
 */

export interface FieldVersion {
	lang: ContentLang;
	text: string;
	/** The text the record was written with; the others are translations of it. */
	original: boolean;
}

type ApiRecord = { id?: string; code?: string } & Record<string, unknown>;

const FIELDS = ['title', 'description', 'summary'] as const;

/** The items in `lang`, each with `lang` and `translations` beside its fields. */
export async function inApiLanguage<T extends object>(
	db: DB,
	items: readonly T[],
	lang: ContentLang
): Promise<T[]> {
	const { data, fieldLangs } = await localizeRecords(db, items, lang);
	const countries = await countryIds(db, items as readonly ApiRecord[]);
	const ids = (items as readonly ApiRecord[]).map((i) => recordKey(i, countries));
	const known = ids.filter((id): id is string => id !== null);
	const [all, declared] = await Promise.all([
		listPublishedTranslations(db, known),
		listFieldLanguages(db, known)
	]);
	return (data as readonly ApiRecord[]).map((item, i) => {
		const original = items[i] as ApiRecord;
		const id = ids[i];
		if (!id) return item as T;
		const fields = FIELDS.filter((f) => typeof original[f] === 'string');
		const versions: Record<string, FieldVersion[]> = {};
		const shown: Record<string, ContentLang> = {};
		for (const field of fields) {
			const originalLang =
				declared.find((d) => d.record_id === id && d.field === field)?.lang ?? DEFAULT_CONTENT_LANG;
			versions[field] = [
				{ lang: originalLang, text: String(original[field]), original: true },
				...all
					.filter((t) => t.record_id === id && t.field === field && t.lang !== originalLang)
					.map((t) => ({ lang: t.lang, text: t.text, original: false }))
			];
			shown[field] = langOf(fieldLangs, item, field);
		}
		return { ...item, lang: shown, translations: versions } as T;
	});
}

function langOf(langs: FieldLangs, item: ApiRecord, field: string): ContentLang {
	const key = typeof item.id === 'string' ? item.id : (item.code?.toUpperCase() ?? '');
	return langs[key]?.[field] ?? DEFAULT_CONTENT_LANG;
}

async function countryIds(db: DB, items: readonly ApiRecord[]): Promise<Map<string, string>> {
	const codes = items.flatMap((i) => (typeof i.id !== 'string' && i.code ? [i.code] : []));
	if (codes.length === 0) return new Map();
	const rows = await db
		.selectFrom('countries')
		.select(['id', 'code'])
		.where(
			'code',
			'in',
			codes.map((c) => c.toUpperCase())
		)
		.execute();
	return new Map(rows.map((r) => [r.code.toUpperCase(), r.id]));
}

function recordKey(item: ApiRecord, countries: ReadonlyMap<string, string>): string | null {
	if (typeof item.id === 'string') return item.id;
	return item.code ? (countries.get(item.code.toUpperCase()) ?? null) : null;
}

/**
 * A country's feed in `lang`: each item worded in that language, with its case's title and
 * description as published in that language (else its original, and `langs` says so), and
 * links to the pages in that language.
 */
export async function feedInLanguage(
	db: DB,
	feed: CountryFeed,
	lang: ContentLang
): Promise<CountryFeed> {
	const sources = feed.items.map((item) => item.source);
	const { data, fieldLangs } = await localizeRecords(db, sources, lang);
	return {
		...feed,
		items: feed.items.map((item, i) => {
			const source = data[i] ?? item.source;
			const shown = fieldLangs[source.id];
			return {
				...item,
				...itemText(source, lang),
				path: pathIn(item.path, lang),
				// A rating change's summary is its rationale, which has no translations.
				langs: {
					title: shown?.title ?? DEFAULT_CONTENT_LANG,
					summary: (source.kind === 'case' && shown?.description) || DEFAULT_CONTENT_LANG
				}
			};
		})
	};
}
