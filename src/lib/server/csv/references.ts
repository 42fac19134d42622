import { ACTOR_KIND_LABELS } from '../../labels.js';
import { m } from '../../paraglide/messages.js';
import { ACTOR_KINDS, type ActorKind } from '../db/schema.js';
import { findActorsByName } from '../repositories/actors.js';
import { findLawsByTitle } from '../repositories/laws.js';
import type { Executor } from '../repositories/records.js';
import { findSourcesByIdOrTitle } from '../repositories/sources.js';
import { findThemesBySlug } from '../repositories/themes.js';

/*
 * Names in a CSV (actors by name, themes by slug, laws by title, sources by id or title)
 * resolved to ids with one query per kind for the whole file, ignoring case. A name two
 * records share is ambiguous and reported rather than guessed. An actor not yet recorded may
 * be created, as the case form creates it, when the cell gives its kind: "person: Jane Doe".
 */

export type ReferenceKind = 'actor' | 'theme' | 'law' | 'source';

export interface Reference {
	kind: ReferenceKind;
	column: string;
	name: string;
	/** An actor's kind when the cell gave one: created as a draft if no actor has the name. */
	createAs?: ActorKind;
	/** Where in a cited source ("p. 4"), for a source reference. */
	locator?: string;
}

const normalKind = (v: string) =>
	v
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');

/** Actor kinds by their key or their label, normalised: "media", "Media outlet", "media-outlet". */
const KIND_WORDS = new Map<string, ActorKind>(
	ACTOR_KINDS.flatMap((k) => [
		[k, k],
		[normalKind(ACTOR_KIND_LABELS[k]), k]
	])
);

export const ACTOR_KIND_HELP = ACTOR_KINDS.join(', ');

/** An actor named in `column`: "Jane Doe", or "person: Jane Doe" to create her if not recorded. */
export function actorReference(column: string, value: string): Reference {
	const colon = value.indexOf(':');
	const kind = colon > 0 ? KIND_WORDS.get(normalKind(value.slice(0, colon))) : undefined;
	const name = kind ? value.slice(colon + 1).trim() : value;
	return kind && name
		? { kind: 'actor', column, name, createAs: kind }
		: { kind: 'actor', column, name: value };
}

/** The sources a row cites, from a sources cell read by fields.ts's citationList(). */
export function sourceReferences(
	column: string,
	cited: readonly { source: string; locator: string }[]
): Reference[] {
	return cited.map((c) => ({ kind: 'source', column, name: c.source, locator: c.locator }));
}

/**
 * A kind's references(row), built once per parsed row: the importer maps each Reference
 * object it checked to its id, so every later call must return the very same objects.
 */
export function referencesOnce<P extends object>(
	build: (row: P) => Reference[]
): (row: P) => Reference[] {
	const cache = new WeakMap<P, Reference[]>();
	return (row) => {
		let refs = cache.get(row);
		if (!refs) {
			refs = build(row);
			cache.set(row, refs);
		}
		return refs;
	};
}

/** The distinct ids, sorted, that a row's references in `column` resolved to. */
export function idsByColumn(
	refs: readonly Reference[],
	ref: (reference: Reference) => string
): (column: string) => string[] {
	return (column) => [...new Set(refs.filter((r) => r.column === column).map(ref))].sort();
}

/** Resolved ids by kind and lower-cased name; 'ambiguous' when several records share it. */
export type Resolved = Record<
	Exclude<ReferenceKind, 'source'>,
	Map<string, string | 'ambiguous'>
> & {
	/** Sources by exact id, and the ids of the sources with each lower-cased title. */
	source: {
		byId: Map<string, string>;
		byTitle: Map<string, string[]>;
		titles: Map<string, string>;
	};
};

/** Keeps each query's bound parameters well under both databases' limits. */
const CHUNK = 5_000;

function chunks<T>(items: T[]): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
	return out;
}

function collect(rows: { id: string; name: string }[], into: Map<string, string | 'ambiguous'>) {
	for (const row of rows) {
		const key = row.name.toLowerCase();
		const seen = into.get(key);
		into.set(key, seen && seen !== row.id ? 'ambiguous' : row.id);
	}
}

export async function resolveReferences(
	db: Executor,
	countryId: string,
	references: Iterable<Reference>
): Promise<Resolved> {
	const wanted: Record<ReferenceKind, Set<string>> = {
		actor: new Set(),
		theme: new Set(),
		law: new Set(),
		source: new Set()
	};
	for (const r of references)
		wanted[r.kind].add(r.kind === 'source' ? r.name : r.name.toLowerCase());
	const resolved: Resolved = {
		actor: new Map(),
		theme: new Map(),
		law: new Map(),
		source: { byId: new Map(), byTitle: new Map(), titles: new Map() }
	};
	for (const values of chunks([...wanted.source])) {
		for (const row of await findSourcesByIdOrTitle(db, values)) {
			resolved.source.byId.set(row.id, row.id);
			resolved.source.titles.set(row.id, row.title);
			const key = row.title.toLowerCase();
			resolved.source.byTitle.set(key, [...(resolved.source.byTitle.get(key) ?? []), row.id]);
		}
	}

	for (const names of chunks([...wanted.actor])) {
		collect(await findActorsByName(db, countryId, names), resolved.actor);
	}
	for (const slugs of chunks([...wanted.theme])) {
		collect(await findThemesBySlug(db, slugs), resolved.theme);
	}
	for (const titles of chunks([...wanted.law])) {
		collect(await findLawsByTitle(db, countryId, titles), resolved.law);
	}
	return resolved;
}

/** What the import says of a name no record (or several records) of a kind answers to. */
const UNKNOWN: Record<'theme' | 'law', (inputs: { name: string }) => string> = {
	theme: m.ws_imp_err_theme_unknown,
	law: m.ws_imp_err_law_unknown
};
const AMBIGUOUS: Record<Exclude<ReferenceKind, 'source'>, (inputs: { name: string }) => string> = {
	actor: m.ws_imp_err_actor_ambiguous,
	theme: m.ws_imp_err_theme_ambiguous,
	law: m.ws_imp_err_law_ambiguous
};

export type LookedUp =
	| { id: string }
	| { message: string }
	/** An actor to create as a draft: none is called so, and the cell gave its kind. */
	| { create: { kind: ActorKind; name: string } };

function lookUpSource(resolved: Resolved['source'], ref: Reference): LookedUp {
	const byId = resolved.byId.get(ref.name);
	if (byId) return { id: byId };
	const ids = resolved.byTitle.get(ref.name.toLowerCase()) ?? [];
	if (ids.length === 1) return { id: ids[0] as string };
	if (ids.length > 1) {
		return { message: m.ws_imp_err_source_ambiguous({ name: ref.name, ids: ids.join(', ') }) };
	}
	return { message: m.ws_imp_err_source_unknown({ name: ref.name }) };
}

/** The title of a source a reference resolved to, for the preview. */
export function sourceTitle(resolved: Resolved, id: string): string {
	return resolved.source.titles.get(id) ?? id;
}

/** The id a reference resolves to, an actor to create, or the sentence saying why neither. */
export function lookUp(resolved: Resolved, ref: Reference): LookedUp {
	if (ref.kind === 'source') return lookUpSource(resolved.source, ref);
	const id = resolved[ref.kind].get(ref.name.toLowerCase());
	if (id === undefined && ref.createAs) return { create: { kind: ref.createAs, name: ref.name } };
	if (id === undefined && ref.kind === 'actor') {
		return { message: m.ws_imp_err_actor_unknown({ name: ref.name, kinds: ACTOR_KIND_HELP }) };
	}
	if (id === undefined)
		return { message: UNKNOWN[ref.kind as 'theme' | 'law']({ name: ref.name }) };
	if (id === 'ambiguous') return { message: AMBIGUOUS[ref.kind]({ name: ref.name }) };
	return { id };
}
