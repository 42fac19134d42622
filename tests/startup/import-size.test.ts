import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBeforeAll, type StartedProcess, startServing } from '../helpers/built-app.js';
import { scratchFolder } from '../helpers/scratch.js';
import { createDb, type DB } from '../../src/lib/server/db/connect.js';
import { createCountry } from '../../src/lib/server/repositories/countries.js';
import { signedInEditor } from '../auth/fixtures.js';

/*
 * The CSV import takes files up to 5 MB, as the import page says. adapter-node refuses any
 * body over 512 KB unless BODY_SIZE_LIMIT says otherwise, so this runs the built server
 * exactly as `npm start` does (scripts/start.js sets the limit) and uploads a file of nearly
 * 5 MB. A larger file gets the import page with a message saying what to do, not a bare 413.
 */

const dir = scratchFolder('import-size');
let started: StartedProcess;
let url = '';
let db: DB;
let cookie = '';
let countryId = '';

buildBeforeAll();

beforeAll(async () => {
	const file = path.join(dir, 'app.db');
	// BODY_SIZE_LIMIT empty, as on a machine where the operator set nothing.
	({ started, url } = await startServing(file, { BODY_SIZE_LIMIT: '' }));
	db = createDb({ kind: 'sqlite', file });
	const user = await signedInEditor(db, { email: 'importer@example.org', displayName: 'Importer' });
	cookie = user.cookie;
	countryId = (
		await createCountry(
			db,
			{ code: 'XT', name: 'Testland', is_fictional: true, summary: 'Fictional, for tests.' },
			user.id
		)
	).id;
}, 300_000);

afterAll(async () => {
	started?.child.kill();
	await started?.exited;
	await db?.destroy();
});

/** A cases CSV of about `bytes` bytes: rows with long (fictional) descriptions. */
function casesCsv(bytes: number): string {
	const lines = ['title,case_type,start,description'];
	const words = 'Fictional description of a detention in Testland for an upload test. ';
	const description = words.repeat(Math.floor(19_000 / words.length)).trim();
	let size = lines[0]!.length + 1;
	for (let i = 1; ; i++) {
		const line = `Testland detention ${i} (fictional),detention,2021-05,${description}`;
		if (size + line.length + 1 > bytes) break;
		lines.push(line);
		size += line.length + 1;
	}
	return lines.join('\n') + '\n';
}

function post(action: string, fields: Record<string, string | File>) {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	return fetch(`${url}/workspace/import?/${action}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { cookie, origin: url, accept: 'text/html' },
		body: form
	});
}

const countCases = async () =>
	Number(
		(
			await db
				.selectFrom('cases')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirstOrThrow()
		).n
	);

describe('CSV import size through npm start', () => {
	it('previews and imports a CSV file of nearly 5 MB', { timeout: 120_000 }, async () => {
		const csv = casesCsv(4_990_000);
		const rows = csv.trimEnd().split('\n').length - 1;
		expect(csv.length).toBeGreaterThan(4_900_000);

		const preview = await post('preview', {
			type: 'cases',
			country_id: countryId,
			csv: '',
			file: new File([csv], 'cases.csv', { type: 'text/csv' })
		});
		const page = await preview.text();
		expect(preview.status, page.slice(0, 300)).toBe(200);
		expect(page).toContain(`These ${rows} rows will become drafts`);

		// The preview hands the text back in the form; committing sends it again.
		const before = await countCases();
		const commit = await post('commit', { type: 'cases', country_id: countryId, csv });
		expect(commit.status, (await commit.text()).slice(0, 300)).toBe(303);
		expect(commit.headers.get('location')).toBe(`/workspace/import?imported=${rows}&type=cases`);
		expect((await countCases()) - before).toBe(rows);
	});

	it.each([
		{
			upload: 'a file over 5 MB',
			bytes: 5_500_000,
			status: 400,
			says: /The CSV is 5\.\d MB; the import takes up to 5\.0 MB at a time/
		},
		{
			upload: 'an upload over the server limit',
			bytes: 7_000_000,
			status: 413,
			says: /The upload is larger than this server accepts/
		}
	])('answers $upload with the import page and what to do', async ({ bytes, status, says }) => {
		const response = await post('preview', {
			type: 'cases',
			country_id: countryId,
			csv: '',
			file: new File([casesCsv(bytes)], 'big.csv', { type: 'text/csv' })
		});
		const page = await response.text();
		expect(response.status).toBe(status);
		expect(page).toContain('<h1>Import from CSV</h1>');
		expect(page).toMatch(says);
	});
});
