import {
	DATE_NOTES,
	DEFAULT_CONTENT_LANG,
	JOIN_NOTE_FIELD,
	themeLangKey,
	type ContentLang
} from '$lib/domain/translations';
import type { DB } from '$lib/server/db/connect';
import { pathIn } from '$lib/i18n';
import { itemText, type CountryFeed } from '$lib/server/public/feed';
import {
	listFieldLanguages,
	listPublishedTranslations
} from '$lib/server/repositories/translations';
import { isThemeData, localizeRecords } from './localize';

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

/** A text inside an answer's record with versions of its own: what it is and what finds them. */
interface NestedText {
	field: string;
	/** What its translations are found by; null when it has none (an at-risk person). */
	id: string | null;
	text: string;
	/** Where the page's field languages keep it, when not under `id` (a theme's name). */
	langKey?: string;
}

/**
 * The texts of an actor (its name), a join row (its note), a theme (its name, found by the
 * theme's id from `themeIds`) and a pledge's current rating (its assessment's rationale) that
 * have versions of their own.
 */
function nestedTexts(o: ApiRecord, themeIds: ReadonlyMap<string, string>): NestedText[] {
	const out: NestedText[] = [];
	if (isActor(o))
		out.push({ field: 'name', id: typeof o.id === 'string' ? o.id : null, text: String(o.name) });
	if (isThemeData(o))
		out.push({
			field: 'name',
			id: themeIds.get(o.slug) ?? null,
			text: o.name,
			langKey: themeLangKey(o.slug)
		});
	if ('assessmentId' in o && typeof o.rationale === 'string')
		out.push({
			field: 'rationale',
			id: typeof o.assessmentId === 'string' ? o.assessmentId : null,
			text: o.rationale
		});
	if ('noteId' in o && typeof o.note === 'string')
		out.push({
			field: JOIN_NOTE_FIELD,
			id: typeof o.noteId === 'string' ? o.noteId : null,
			text: o.note
		});
	return out;
}

const textKey = (id: string, field: string) => `${id}:${field}`;

/**
 * The original texts of the actors' names (not at risk), join rows' notes, themes' names and
 * current ratings' rationales anywhere in `value`, by id and field.
 */
function nestedIn(
	value: unknown,
	themeIds: ReadonlyMap<string, string>,
	found = new Map<string, NestedText>()
): Map<string, NestedText> {
	if (Array.isArray(value)) for (const v of value) nestedIn(v, themeIds, found);
	else if (isObj(value)) {
		for (const t of nestedTexts(value, themeIds))
			if (t.id !== null) found.set(textKey(t.id, t.field), t);
		for (const v of Object.values(value)) if (typeof v === 'object') nestedIn(v, themeIds, found);
	}
	return found;
}

/**
 * The items in `lang`, each with `lang` and `translations` beside its fields, and so is every
 * actor they name and every join row's note (an at-risk person's pseudonym, and the note on
 * their part, have no versions: only the original).
 */
export async function inApiLanguage<T extends object>(
	db: DB,
	items: readonly T[],
	lang: ContentLang
): Promise<T[]> {
	const { data, fieldLangs, themeIds } = await localizeRecords(db, items, lang);
	const countries = await countryIds(db, items as readonly ApiRecord[]);
	const ids = (items as readonly ApiRecord[]).map((i) => recordKey(i, countries));
	const originals = nestedIn(items, themeIds);
	const known = [
		...ids.filter((id): id is string => id !== null),
		...[...originals.values()].map((t) => t.id!)
	];
	const [all, declared] = await Promise.all([
		listPublishedTranslations(db, known),
		listFieldLanguages(db, known)
	]);

	/**
	 * `shown` with the language of each text and every published version of it; `langKey` is
	 * where the page's field languages keep the text's record (a country's code for a summary),
	 * unless the text says (a theme's name).
	 */
	const withVersions = (
		shown: ApiRecord,
		texts: readonly NestedText[],
		langKey: (id: string) => string
	): ApiRecord => {
		const versions: Record<string, FieldVersion[]> = {};
		const langs: Record<string, ContentLang> = {};
		for (const { field, id, text, langKey: textLangKey } of texts) {
			const originalLang =
				declared.find((d) => d.record_id === id && d.field === field)?.lang ?? DEFAULT_CONTENT_LANG;
			versions[field] = [
				{ lang: originalLang, text, original: true },
				...all
					.filter((t) => t.record_id === id && t.field === field && t.lang !== originalLang)
					.map((t) => ({ lang: t.lang, text: t.text, original: false }))
			];
			langs[field] =
				id === null
					? originalLang
					: (fieldLangs[textLangKey ?? langKey(id)]?.[field] ?? DEFAULT_CONTENT_LANG);
		}
		return { ...shown, lang: langs, translations: versions };
	};

	const withNested = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(withNested);
		if (!isObj(value)) return value;
		const copy = Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, typeof v === 'object' ? withNested(v) : v])
		);
		const texts = nestedTexts(value, themeIds).map((t) =>
			t.id === null ? t : (originals.get(textKey(t.id, t.field)) ?? t)
		);
		return texts.length === 0 ? copy : withVersions(copy, texts, (id) => id);
	};

	return (data as readonly ApiRecord[]).map((item, i) => {
		const id = ids[i];
		const shown = withNested(item) as ApiRecord;
		if (!id) return shown as T;
		const texts = Object.entries(textsOf(items[i] as ApiRecord)).map(([field, text]) => ({
			field,
			id,
			text
		}));
		return withVersions(shown, texts, () => langKeyOf(shown)) as T;
	});
}

/** Where a record's field languages are kept: its id, or a country's code. */
function langKeyOf(item: ApiRecord): string {
	return typeof item.id === 'string' ? item.id : (item.code?.toUpperCase() ?? '');
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
