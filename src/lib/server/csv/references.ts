import { findActorsByName } from '../repositories/actors.js';
import { findLawsByTitle } from '../repositories/laws.js';
import type { Executor } from '../repositories/records.js';
import { findThemesBySlug } from '../repositories/themes.js';

/*
 * Names in a CSV (actors by name, themes by slug, laws by title) resolved to ids with one
 * query per kind for the whole file, ignoring case. A name two actors share is ambiguous and
 * reported rather than guessed.
 */

export type ReferenceKind = 'actor' | 'theme' | 'law';

export interface Reference {
	kind: ReferenceKind;
	column: string;
	name: string;
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
export type Resolved = Record<ReferenceKind, Map<string, string | 'ambiguous'>>;

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
		law: new Set()
	};
	for (const r of references) wanted[r.kind].add(r.name.toLowerCase());
	const resolved: Resolved = { actor: new Map(), theme: new Map(), law: new Map() };

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

const WHAT: Record<ReferenceKind, string> = {
	actor: 'No actor of this country is called',
	theme: 'No theme has the slug',
	law: 'No law of this country has the title'
};

/** The id a reference resolves to, or the sentence saying why it does not. */
export function lookUp(resolved: Resolved, ref: Reference): { id: string } | { message: string } {
	const id = resolved[ref.kind].get(ref.name.toLowerCase());
	if (id === undefined)
		return { message: `${WHAT[ref.kind]} "${ref.name}". Create it first or fix the spelling.` };
	if (id === 'ambiguous') {
		return {
			message: `Several ${ref.kind}s are called "${ref.name}"; rename one so the import can tell them apart.`
		};
	}
	return { id };
}
