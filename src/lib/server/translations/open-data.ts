import {
	DATE_NOTES,
	DEFAULT_CONTENT_LANG,
	type ContentLang,
	type FieldLangs
} from '$lib/domain/translations';
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

type ApiRecord = { id?: string | null; code?: string } & Record<string, unknown>;

const isObj = (v: unknown): v is ApiRecord =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A person or organisation inside an answer (PublicActor), whose `name` has versions. */
const isActor = (v: unknown): v is ApiRecord => isObj(v) && 'pseudonymised' in v && 'name' in v;

/** The text of each translatable field an answer's record or actor carries, by field. */
function textsOf(o: ApiRecord): Record<string, string> {
	if (isActor(o)) return { name: String(o.name) };
	const texts: Record<string, string> = {};
	for (const field of ['title', 'description', 'summary', 'outcome'])
		if (typeof o[field] === 'string') texts[field] = o[field];
	for (const [date, field] of DATE_NOTES) {
		if (!(date in o)) continue;
		const note = (o[date] as { note?: unknown } | null)?.note;
		texts[field] = typeof note === 'string' ? note : '';
	}
	return texts;
}

/** The ids of the actors (not at risk) named anywhere in `value`, with their original names. */
function actorsIn(value: unknown, found = new Map<string, string>()): Map<string, string> {
	if (Array.isArray(value)) for (const v of value) actorsIn(v, found);
	else if (isObj(value)) {
		if (isActor(value) && typeof value.id === 'string') found.set(value.id, String(value.name));
		for (const v of Object.values(value)) if (typeof v === 'object') actorsIn(v, found);
	}
	return found;
}

/**
 * The items in `lang`, each with `lang` and `translations` beside its fields, and so is every
 * actor they name (an at-risk person's pseudonym has no versions: only the original).
 */
export async function inApiLanguage<T extends object>(
	db: DB,
	items: readonly T[],
	lang: ContentLang
): Promise<T[]> {
	const { data, fieldLangs } = await localizeRecords(db, items, lang);
	const countries = await countryIds(db, items as readonly ApiRecord[]);
	const ids = (items as readonly ApiRecord[]).map((i) => recordKey(i, countries));
	const actorNames = actorsIn(items);
	const known = [...ids.filter((id): id is string => id !== null), ...actorNames.keys()];
	const [all, declared] = await Promise.all([
		listPublishedTranslations(db, known),
		listFieldLanguages(db, known)
	]);

	/** `shown` with the language of each field and every published version of it. */
	const withVersions = (
		shown: ApiRecord,
		id: string | null,
		originals: Record<string, string>
	): ApiRecord => {
		const versions: Record<string, FieldVersion[]> = {};
		const langs: Record<string, ContentLang> = {};
		for (const [field, text] of Object.entries(originals)) {
			const originalLang =
				declared.find((d) => d.record_id === id && d.field === field)?.lang ?? DEFAULT_CONTENT_LANG;
			versions[field] = [
				{ lang: originalLang, text, original: true },
				...all
					.filter((t) => t.record_id === id && t.field === field && t.lang !== originalLang)
					.map((t) => ({ lang: t.lang, text: t.text, original: false }))
			];
			langs[field] = id === null ? originalLang : langOf(fieldLangs, shown, field);
		}
		return { ...shown, lang: langs, translations: versions };
	};

	const withActors = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(withActors);
		if (!isObj(value)) return value;
		const copy = Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, typeof v === 'object' ? withActors(v) : v])
		);
		if (!isActor(value)) return copy;
		const id = typeof value.id === 'string' ? value.id : null;
		return withVersions(copy, id, { name: id ? actorNames.get(id)! : String(value.name) });
	};

	return (data as readonly ApiRecord[]).map((item, i) => {
		const id = ids[i];
		const shown = withActors(item) as ApiRecord;
		return (id ? withVersions(shown, id, textsOf(items[i] as ApiRecord)) : shown) as T;
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
			const summary =
				source.kind === 'case' ? shown?.description : fieldLangs[source.assessmentId]?.rationale;
			return {
				...item,
				...itemText(source, lang),
				path: pathIn(item.path, lang),
				// A rating change's summary is its assessment's rationale.
				langs: {
					title: shown?.title ?? DEFAULT_CONTENT_LANG,
					summary: summary ?? DEFAULT_CONTENT_LANG
				}
			};
		})
	};
}
