import type { DB } from '../../src/lib/server/db/connect.js';
import type { Role } from '../../src/lib/server/db/schema.js';
import type { Actor } from '../../src/lib/server/policy.js';
import { createCountry } from '../../src/lib/server/repositories/countries.js';
import { createSource } from '../../src/lib/server/repositories/sources.js';

/*
 * Test data for the workspace tests: the fictional country Testland (XT) and made-up users.
 * Nothing here is about a real country or person.
 */

export async function addUser(db: DB, role: Role, name: string): Promise<Actor> {
	const id = crypto.randomUUID();
	const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${id.slice(0, 6)}@example.test`;
	const at = new Date().toISOString();
	await db
		.insertInto('users')
		.values({ id, email, display_name: name, role, created_at: at, updated_at: at })
		.execute();
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

/** A submitted form, as the browser would post it. */
export function formOf(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
	}
	return data;
}
