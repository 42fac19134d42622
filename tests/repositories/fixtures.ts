import type { DB } from '../../src/lib/server/db/connect.js';
import { setClock } from '../../src/lib/server/clock.js';
import { createCountry } from '../../src/lib/server/repositories/countries.js';
import { createTheme } from '../../src/lib/server/repositories/themes.js';
import { insertUser } from '../helpers/rows.js';

/*
 * Generated test data for the fictional country Testland (code XT). Nothing here describes a
 * real place, person or event.
 */

export async function createTestland(db: DB, code = 'XT') {
	return createCountry(
		db,
		{ code, name: `Testland ${code} (fictional)`, is_fictional: true, region: 'Fictional region' },
		null
	);
}

export async function createTestThemes(db: DB) {
	const assembly = await createTheme(
		db,
		{ slug: 'assembly', name: 'Peaceful assembly', instrument: 'ICCPR', article: '21' },
		null
	);
	const expression = await createTheme(
		db,
		{ slug: 'expression', name: 'Freedom of expression', instrument: 'ICCPR', article: '19' },
		null
	);
	return { assembly, expression };
}

/** Inserts a user row directly (accounts have their own module) so *_by columns can be tested. */
export async function createTestUser(db: DB, email = 'researcher@testland.invalid') {
	const id = crypto.randomUUID();
	const at = new Date().toISOString();
	await insertUser(
		db,
		{ id, email, display_name: 'Test Researcher (fictional)', role: 'researcher' },
		at
	);
	return id;
}

/**
 * Pins the repositories' clock to a fictional start that moves one second per reading, so
 * records made back to back get distinct, ordered timestamps. Undo with setClock(null).
 */
export function useTickingClock(start = '2030-01-01T00:00:00.000Z'): void {
	let tick = 0;
	const base = Date.parse(start);
	setClock(() => new Date(base + tick++ * 1000));
}
