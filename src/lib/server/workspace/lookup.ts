import { ACTOR_KINDS, type ActorKind } from '$lib/server/db/schema';
import type { Executor } from '$lib/server/repositories/records';
import {
	findRecordIdsNamed,
	findRecordNames,
	searchRecordsByName,
	type NamedRecord
} from '$lib/server/repositories/records-by-name';
import { ACTOR_KIND_LABELS } from '$lib/labels';
import type { Lookup, Picked } from '$lib/workspace/form';

/*
 * What the comboboxes search: records of one type whose name or title contains the typed
 * letters, and the names to show for ids already picked. Trashed records are never offered.
 */

export interface LookupResult extends Picked {
	/** A few words telling similar names apart: "Political party, draft". */
	hint: string;
}

/** An actor made in place from a form (newActorToken): nothing is written until the form is saved. */
const NEW_ACTOR = /^new:([a-z_]+):(.+)$/;

export function parseNewActor(id: string): { kind: ActorKind; name: string } | null {
	const m = NEW_ACTOR.exec(id);
	if (!m || !ACTOR_KINDS.includes(m[1] as ActorKind)) return null;
	return { kind: m[1] as ActorKind, name: (m[2] ?? '').trim() };
}

function hintFor(row: NamedRecord): string {
	const words: string[] = [];
	if (row.actorKind) words.push(ACTOR_KIND_LABELS[row.actorKind as ActorKind]);
	if (row.status !== 'published') words.push(row.status === 'in_review' ? 'in review' : 'draft');
	return words.join(', ');
}

/** Up to `limit` records whose name contains `q` (any case), names starting with it first. */
export async function searchLookup(
	db: Executor,
	lookup: Lookup,
	q: string,
	limit = 10
): Promise<LookupResult[]> {
	const rows = await searchRecordsByName(db, lookup, q.trim(), limit);
	return rows.map((row) => ({ id: row.id, label: row.name, hint: hintFor(row) }));
}

/** The names of picked ids (and of actors to be made in place), for filling a form in again. */
export async function lookupLabels(
	db: Executor,
	lookup: Lookup,
	ids: readonly string[]
): Promise<Map<string, string>> {
	const labels = new Map<string, string>();
	const existing: string[] = [];
	for (const id of ids) {
		const made = parseNewActor(id);
		if (made) labels.set(id, `${made.name} (new: ${ACTOR_KIND_LABELS[made.kind].toLowerCase()})`);
		else existing.push(id);
	}
	for (const [id, name] of await findRecordNames(db, lookup, existing)) labels.set(id, name);
	return labels;
}

/**
 * Names typed into a lookup without JavaScript (one per line, or separated by semicolons),
 * each matched to exactly one record by its whole name. Unmatched or ambiguous names come
 * back as a sentence for the field.
 */
export async function resolveTypedNames(
	db: Executor,
	lookup: Lookup,
	typed: string
): Promise<{ ids: string[]; problem: string | null }> {
	const names = typed
		.split(/[\n;]/)
		.map((n) => n.trim())
		.filter((n) => n !== '');
	const ids: string[] = [];
	const problems: string[] = [];
	for (const name of names) {
		const found = await findRecordIdsNamed(db, lookup, name, 2);
		if (found.length === 1 && found[0]) ids.push(found[0]);
		else if (found.length === 0) problems.push(`no ${lookup} is called "${name}"`);
		else problems.push(`more than one ${lookup} is called "${name}"`);
	}
	return {
		ids,
		problem: problems.length
			? `Check the names: ${problems.join('; ')}. Write the full name as listed, or search with JavaScript on.`
			: null
	};
}

/* The id picked in a single combobox, or the record named in its no-JavaScript text box. */
export async function pickedOrTyped(
	db: Executor,
	data: FormData,
	name: string,
	lookup: Lookup
): Promise<{ id: string; problem: string | null }> {
	const picked = String(data.get(name) ?? '');
	if (picked) return { id: picked, problem: null };
	const typed = String(data.get(`${name}__add`) ?? '');
	if (!typed.trim()) return { id: '', problem: null };
	const { ids, problem } = await resolveTypedNames(db, lookup, typed);
	return { id: ids[0] ?? '', problem };
}
