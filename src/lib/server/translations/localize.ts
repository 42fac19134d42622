import {
	DATE_NOTES,
	DEFAULT_CONTENT_LANG,
	JOIN_NOTE_FIELD,
	themeLangKey,
	type ContentLang,
	type FieldLangs
} from '$lib/domain/translations';
import { preparedReads, type DB } from '$lib/server/db/connect';
import { idIn } from '$lib/server/db/id-list';
import { markdownText, renderMarkdown } from '$lib/server/markdown';
import { findThemeIdsBySlug } from '$lib/server/repositories/themes';
import {
	listFieldLanguages,
	listPublishedTranslations
} from '$lib/server/repositories/translations';
import { isDataObject, rewriteObjects, type DataObject } from '$lib/server/rewrite-objects';

/*
 * Record text in the reader's language (issue 12, item 3), laid over what the public read
 * path assembled. The read path (src/lib/server/public/) and its caches stay language-free:
 * this takes the data a page or answer holds, looks up the published translations of the
 * records it shows in one query (and the languages their originals are written in in
 * another), and returns a copy with each translated field swapped in, plus the language each
 * field is now shown in. Data without translations comes back as the same object, so cached
 * pages keep their memoised ETags.
 *
 * Which fields: a record's `title` (also `caseTitle` beside a `caseId`), `description` (or
 * the rendered `descriptionHtml`, or the plain `descriptionText` of a page's preview), an
 * actor's `name`, a case's `outcome`, the `note` of a date (`start`, `end`, `made`, `dated`),
 * an assessment's `rationale` (beside its `assessmentId`), a join row's `note` (beside its
 * `noteId`: a link, a case actor or a case law), a country's `summary` (`summaryHtml`) and a
 * theme's `name`, found wherever they sit in the data beside the record's `id` (or a
 * country's `code`, or a theme's `slug`: see isThemeData).
 */

/**
 * A theme as public data names it: its slug and name, with no id (PublicTheme, the timeline's
 * theme filter, a briefing pack's themes). Its name's translations are found by the theme's
 * id, looked up by slug, and its language is kept under themeLangKey(slug).
 */
export function isThemeData(o: DataObject): o is DataObject & { slug: string; name: string } {
	return typeof o.slug === 'string' && typeof o.name === 'string' && !('id' in o);
}

/** A text field found in the data: where it sits in `o`, its record, and the field. */
type Found = [prop: string, id: string, field: string];

/** A note inside a date object (`start.note`), as Found's prop names it. */
const notePath = (date: string) => `${date}.note`;

/** The record a text field belongs to, as [key, field], for each text field of `o`. */
function fieldsOf(
	o: DataObject,
	countryIds: ReadonlyMap<string, string>,
	themeIds: ReadonlyMap<string, string>
): Found[] {
	const out: Found[] = [];
	if (isThemeData(o)) {
		const themeId = themeIds.get(o.slug);
		if (themeId) out.push(['name', themeId, 'name']);
	}
	const id = typeof o.id === 'string' ? o.id : typeof o.caseId === 'string' ? o.caseId : null;
	if (id) {
		if (typeof o.title === 'string') out.push(['title', id, 'title']);
		if (typeof o.description === 'string' && typeof o.id === 'string')
			out.push(['description', id, 'description']);
		if (typeof o.descriptionHtml === 'string') out.push(['descriptionHtml', id, 'description']);
		if (typeof o.descriptionText === 'string') out.push(['descriptionText', id, 'description']);
		// An actor's name (at-risk people carry no id, so their names are never looked up).
		if (typeof o.name === 'string' && typeof o.id === 'string') out.push(['name', id, 'name']);
		// Notes for the public: a translation stands in only for a note the record has.
		if (typeof o.outcome === 'string' && o.outcome !== '') out.push(['outcome', id, 'outcome']);
		for (const [date, field] of DATE_NOTES) {
			const value = o[date];
			if (isDataObject(value) && typeof value.note === 'string' && value.note !== '')
				out.push([notePath(date), id, field]);
		}
	}
	if (typeof o.assessmentId === 'string' && typeof o.rationale === 'string')
		out.push(['rationale', o.assessmentId, 'rationale']);
	// A join row's note (an at-risk person's part has no noteId, so it is never looked up).
	if (typeof o.noteId === 'string' && typeof o.note === 'string' && o.note !== '')
		out.push(['note', o.noteId, JOIN_NOTE_FIELD]);
	if (typeof o.caseId === 'string' && typeof o.caseTitle === 'string')
		out.push(['caseTitle', o.caseId, 'title']);
	if (typeof o.code === 'string') {
		const countryId = countryIds.get(o.code.toUpperCase());
		if (countryId && typeof o.summary === 'string') out.push(['summary', countryId, 'summary']);
		if (countryId && typeof o.summaryHtml === 'string')
			out.push(['summaryHtml', countryId, 'summary']);
	}
	return out;
}

/** `text` in the form `prop` shows it: Markdown rendered for *Html, read as text for *Text. */
function shownAs(prop: string, text: string): string {
	if (prop.endsWith('Html')) return renderMarkdown(text);
	if (prop.endsWith('Text')) return markdownText(text);
	return text;
}

/** Sets the text at `prop` (a property of `o`, or a date's note) in `replaced`. */
function withText(replaced: DataObject, o: DataObject, prop: string, text: string): void {
	const [outer, inner] = prop.split('.') as [string, string | undefined];
	if (inner === undefined) replaced[outer] = shownAs(prop, text);
	else {
		const date = replaced[outer] ?? o[outer];
		replaced[outer] = { ...(isDataObject(date) ? date : {}), [inner]: text };
	}
}

interface Wanted {
	ids: Set<string>;
	codes: Set<string>;
	slugs: Set<string>;
}

function collect(value: unknown, wanted: Wanted): void {
	if (Array.isArray(value)) {
		for (const v of value) collect(v, wanted);
		return;
	}
	if (!isDataObject(value)) return;
	const { ids, codes, slugs } = wanted;
	if (isThemeData(value)) slugs.add(value.slug);
	if (typeof value.id === 'string') ids.add(value.id);
	if (typeof value.caseId === 'string') ids.add(value.caseId);
	if (typeof value.assessmentId === 'string') ids.add(value.assessmentId);
	if (typeof value.noteId === 'string') ids.add(value.noteId);
	if (typeof value.code === 'string' && ('summary' in value || 'summaryHtml' in value))
		codes.add(value.code.toUpperCase());
	for (const v of Object.values(value)) if (typeof v === 'object') collect(v, wanted);
}

export interface Localized<T> {
	data: T;
	/**
	 * The language each shown field is in, by record id (country code for a summary,
	 * themeLangKey(slug) for a theme's name).
	 */
	fieldLangs: FieldLangs;
	/** The id of each theme the data names, by slug. */
	themeIds: ReadonlyMap<string, string>;
}

/** The published translations of every record `data` shows, in `lang`, swapped in. */
export async function localizeRecords<T>(
	db: DB,
	data: T,
	lang: ContentLang
): Promise<Localized<T>> {
	const wanted: Wanted = { ids: new Set(), codes: new Set(), slugs: new Set() };
	collect(data, wanted);
	const { ids, codes, slugs } = wanted;
	const countryIds = new Map<string, string>();
	// Every public page and answer runs these reads, with as many ids as it shows records:
	// kept prepared on PostgreSQL, each an array of ids so that its text stays the same.
	const reads = preparedReads(db);
	const [themeIds, countries] = await Promise.all([
		findThemeIdsBySlug(reads, [...slugs]),
		codes.size === 0
			? []
			: reads
					.selectFrom('countries')
					.select(['id', 'code'])
					.where(idIn(reads, 'code', [...codes]))
					.execute()
	]);
	for (const id of themeIds.values()) ids.add(id);
	for (const r of countries) {
		countryIds.set(r.code.toUpperCase(), r.id);
		ids.add(r.id);
	}
	const [translations, declared] = await Promise.all([
		listPublishedTranslations(reads, [...ids], lang),
		listFieldLanguages(reads, [...ids])
	]);
	if (translations.length === 0 && declared.length === 0) return { data, fieldLangs: {}, themeIds };
	const text = new Map(translations.map((t) => [`${t.record_id}:${t.field}`, t.text]));
	const original = new Map(declared.map((d) => [`${d.record_id}:${d.field}`, d.lang]));
	// Where fieldLangs keeps a record that the data names by something other than its id.
	const keyOf = new Map([
		...[...countryIds].map(([code, id]) => [id, code] as const),
		...[...themeIds].map(([slug, id]) => [id, themeLangKey(slug)] as const)
	]);
	const fieldLangs: FieldLangs = {};

	const translate = (value: DataObject): DataObject | null => {
		let replaced: DataObject | null = null;
		for (const [prop, id, field] of fieldsOf(value, countryIds, themeIds)) {
			const key = `${id}:${field}`;
			const translated = text.get(key);
			const shown = translated !== undefined ? lang : (original.get(key) ?? DEFAULT_CONTENT_LANG);
			if (shown !== DEFAULT_CONTENT_LANG) {
				const langKey = keyOf.get(id) ?? id;
				fieldLangs[langKey] = { ...fieldLangs[langKey], [field]: shown };
			}
			if (translated === undefined) continue;
			replaced ??= {};
			withText(replaced, value, prop, translated);
		}
		return replaced;
	};
	return { data: rewriteObjects(data, translate), fieldLangs, themeIds };
}
