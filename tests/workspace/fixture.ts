import { beforeAll } from 'vitest';
import type { DB } from '../../src/lib/server/db/connect.js';
import type { Role } from '../../src/lib/server/db/schema.js';
import type { Actor } from '../../src/lib/server/policy.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { createCountry, setCountryStatus } from '../../src/lib/server/repositories/countries.js';
import { createSource, setSourceStatus } from '../../src/lib/server/repositories/sources.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import type { WorkspaceKind } from '../../src/lib/server/workspace/kinds/types.js';
import { insertUser } from '../helpers/rows.js';

/*
 * Test data for the workspace tests: the fictional country Testland (XT) and made-up users.
 * Nothing here is about a real country or person.
 */

export async function addUser(db: DB, role: Role, name: string): Promise<Actor> {
	const id = crypto.randomUUID();
	const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${id.slice(0, 6)}@example.test`;
	const at = new Date().toISOString();
	await insertUser(db, { id, email, display_name: name, role }, at);
	return { userId: id, email, role, stage: 'full' };
}

export async function testland(db: DB, userId: string) {
	const country = await createCountry(
		db,
		{ code: 'XT', name: 'Testland', is_fictional: true, summary: 'Fictional, for tests.' },
		userId
	);
	const source = await createSource(
		db,
		{ title: 'Testland monitor report (fictional)', kind: 'report' },
		userId
	);
	return { country, source };
}

/** The staff of a Testland newsroom, by the names a test gives them, and what they work on. */
export type Newsroom<Staff extends string> = Record<Staff, Actor> & {
	countryId: string;
	sourceId: string;
};

/**
 * A newsroom working on Testland, made once before a file's tests: its staff, each a new user
 * (`{ editor: ['editor', 'Eddie Test'] }`), and Testland with its monitor report, made by the
 * first of them and published when `published` (so that published records can cite the
 * report). The object is filled in when the tests run.
 */
export function testlandNewsroom<Staff extends string>(
	db: () => DB,
	people: Record<Staff, [Role, string]>,
	{ published = false }: { published?: boolean } = {}
): Newsroom<Staff> {
	const room = {} as Newsroom<Staff>;
	const staff = room as Record<Staff, Actor>;
	beforeAll(async () => {
		for (const [key, [role, name]] of Object.entries(people) as [Staff, [Role, string]][]) {
			staff[key] = await addUser(db(), role, name);
		}
		const first = Object.values<Actor>(staff)[0]!;
		const { country, source } = await testland(db(), first.userId!);
		if (published) {
			await setCountryStatus(db(), country.id, country.version, 'published', null);
			await setSourceStatus(db(), source.id, source.version, 'published', null);
		}
		Object.assign(room, { countryId: country.id, sourceId: source.id });
	});
	return room;
}

/**
 * A draft saved through `kind`'s form by `author`, as the browser posts it, citing the source
 * `cite` names (at its locator) unless there is none. Returns the record's id.
 */
export async function saveDraft(
	db: DB,
	kind: WorkspaceKind,
	fields: Record<string, string | string[]>,
	author: Actor,
	cite?: { sourceId: string; locator?: string }
): Promise<string> {
	const outcome = await saveRecord(db, kind, formOf(fields), {
		userId: author.userId,
		confirmedNotDuplicate: true
	});
	if (outcome.kind !== 'saved') throw new Error(`not saved: ${outcome.kind}`);
	if (cite) {
		await citeSource(
			db,
			{
				source_id: cite.sourceId,
				record_type: kind.type,
				record_id: outcome.id,
				locator: cite.locator
			},
			author.userId
		);
	}
	return outcome.id;
}

/** A submitted form, as the browser would post it. */
export function formOf(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
	}
	return data;
}
