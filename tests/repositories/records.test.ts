import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pointDate } from '../../src/lib/dates.js';
import type { Country } from '../../src/lib/server/db/schema.js';
import { createActor } from '../../src/lib/server/repositories/actors.js';
import {
	createCase,
	deleteCase,
	getCase,
	restoreCase,
	setCaseStatus,
	updateCase
} from '../../src/lib/server/repositories/cases.js';
import { setClock } from '../../src/lib/server/clock.js';
import {
	NotFoundError,
	ValidationError,
	VersionConflictError
} from '../../src/lib/server/repositories/errors.js';
import { inTransaction } from '../../src/lib/server/repositories/records.js';
import {
	getRevision,
	getRevisionAtVersion,
	listRevisions
} from '../../src/lib/server/repositories/revisions.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { createTestland, createTestThemes, createTestUser } from './fixtures.js';

describeEachDatabase('record machinery', ({ db }) => {
	let country: Country;
	let userId: string;
	let editorId: string;

	beforeAll(async () => {
		country = await createTestland(db());
		userId = await createTestUser(db());
		editorId = await createTestUser(db(), 'editor@testland.invalid');
	});

	afterEach(() => setClock(null));

	async function count(table: 'cases' | 'revisions' | 'case_actors'): Promise<number> {
		const row = await db()
			.selectFrom(table)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		return Number(row.n);
	}

	it('stamps authors and times from the clock and writes a create revision', async () => {
		setClock(() => new Date('2030-01-02T03:04:05.000Z'));
		const made = await createCase(
			db(),
			{ country_id: country.id, title: 'Test case (fictional)', case_type: 'detention' },
			userId
		);
		expect(made).toMatchObject({
			version: 1,
			status: 'draft',
			created_at: '2030-01-02T03:04:05.000Z',
			updated_at: '2030-01-02T03:04:05.000Z',
			created_by: userId,
			updated_by: userId
		});
		const [revision] = await listRevisions(db(), 'case', made.id);
		expect(revision).toMatchObject({
			version: 1,
			action: 'create',
			created_at: '2030-01-02T03:04:05.000Z',
			created_by: userId
		});
		expect(revision?.snapshot).toMatchObject({ title: 'Test case (fictional)', actors: [] });
	});

	it('a stale version fails with VersionConflictError and changes nothing', async () => {
		const made = await createCase(
			db(),
			{ country_id: country.id, title: 'Original title', case_type: 'prosecution' },
			userId
		);
		await updateCase(db(), made.id, 1, { title: 'First edit' }, userId);
		const revisionsBefore = await count('revisions');

		const attempt = updateCase(
			db(),
			made.id,
			1,
			{ title: 'Stale edit', place: 'Nowhere' },
			editorId
		);
		await expect(attempt).rejects.toBeInstanceOf(VersionConflictError);
		const error = (await attempt.catch((e: unknown) => e)) as VersionConflictError;
		expect(error.current).toMatchObject({ id: made.id, version: 2, title: 'First edit' });
		expect(error.message).toContain('version 1');

		const after = await getCase(db(), made.id);
		expect(after).toMatchObject({ version: 2, title: 'First edit', place: '', updated_by: userId });
		expect(await count('revisions')).toBe(revisionsBefore);

		await expect(setCaseStatus(db(), made.id, 1, 'in_review', editorId)).rejects.toBeInstanceOf(
			VersionConflictError
		);
		await expect(deleteCase(db(), made.id, editorId, 1)).rejects.toBeInstanceOf(
			VersionConflictError
		);
		expect(await count('revisions')).toBe(revisionsBefore);
		expect((await getCase(db(), made.id)).status).toBe('draft');
	});

	it('lets only one of two simultaneous saves of the same version through', async () => {
		const made = await createCase(
			db(),
			{ country_id: country.id, title: 'Raced case', case_type: 'other' },
			userId
		);
		const results = await Promise.allSettled([
			updateCase(db(), made.id, 1, { place: 'First' }, userId),
			updateCase(db(), made.id, 1, { place: 'Second' }, editorId)
		]);
		const won = results.filter((r) => r.status === 'fulfilled');
		const lost = results.filter((r) => r.status === 'rejected');
		expect(won).toHaveLength(1);
		expect(lost).toHaveLength(1);
		expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflictError);
		const stored = await getCase(db(), made.id);
		expect(stored.version).toBe(2);
		expect((await listRevisions(db(), 'case', made.id)).map((r) => r.version)).toEqual([1, 2]);
	});

	it('rolls a multi-table write back whole when part of it fails', async () => {
		const cases = await count('cases');
		const revisions = await count('revisions');
		const links = await count('case_actors');
		const real = await createActor(db(), { kind: 'person', name: 'Test Person (fictional)' }, null);
		await expect(
			createCase(
				db(),
				{
					country_id: country.id,
					title: 'Must not be saved',
					case_type: 'detention',
					actors: [
						{ actor_id: real.id, role: 'affected' },
						{ actor_id: 'no-such-actor', role: 'affected' }
					]
				},
				userId
			)
		).rejects.toMatchObject({ fields: { actors: expect.stringContaining('no-such-actor') } });
		expect(await count('cases')).toBe(cases);
		expect(await count('revisions')).toBe(revisions + 1); // only the actor's own create
		expect(await count('case_actors')).toBe(links);
	});

	it('rolls back an update whose join rows fail, keeping the old version', async () => {
		const made = await createCase(
			db(),
			{ country_id: country.id, title: 'Stable case', case_type: 'detention' },
			userId
		);
		const revisions = await count('revisions');
		await expect(
			updateCase(db(), made.id, 1, { title: 'Changed', laws: [{ law_id: 'no-such-law' }] }, userId)
		).rejects.toBeInstanceOf(ValidationError);
		expect(await getCase(db(), made.id)).toMatchObject({ title: 'Stable case', version: 1 });
		expect(await count('revisions')).toBe(revisions);
	});

	it('joins a caller transaction, which decides the outcome', async () => {
		const cases = await count('cases');
		await expect(
			inTransaction(db(), async (trx) => {
				await createCase(
					trx,
					{ country_id: country.id, title: 'Inside a transaction', case_type: 'other' },
					userId
				);
				throw new Error('caller gives up');
			})
		).rejects.toThrow('caller gives up');
		expect(await count('cases')).toBe(cases);
	});

	it('records each change with its changed fields and a full snapshot', async () => {
		const { assembly } = await createTestThemes(db());
		const actor = await createActor(db(), { kind: 'group', name: 'Test Group (fictional)' }, null);
		const made = await createCase(
			db(),
			{
				country_id: country.id,
				title: 'History case',
				case_type: 'assembly_dispersal',
				start: pointDate('2021-05')
			},
			userId
		);
		const v2 = await updateCase(
			db(),
			made.id,
			1,
			{ title: 'History case (renamed)', theme_ids: [assembly.id] },
			userId
		);
		expect(v2.version).toBe(2);
		const v3 = await updateCase(
			db(),
			made.id,
			2,
			{ actors: [{ actor_id: actor.id, role: 'affected', note: 'dispersed' }] },
			editorId
		);
		// Saving the same values again is not a change: no new version, no revision.
		const same = await updateCase(db(), made.id, 3, { title: 'History case (renamed)' }, editorId);
		expect(same.version).toBe(3);
		await setCaseStatus(db(), made.id, 3, 'in_review', userId);
		await setCaseStatus(db(), made.id, 4, 'published', editorId);
		await deleteCase(db(), made.id, editorId);
		await expect(updateCase(db(), made.id, 6, { title: 'x' }, userId)).rejects.toMatchObject({
			fields: { record: expect.stringContaining('trash') }
		});
		await restoreCase(db(), made.id, editorId);

		const history = await listRevisions(db(), 'case', made.id);
		expect(history.map((r) => [r.version, r.action, r.changed_fields])).toEqual([
			[1, 'create', expect.arrayContaining(['title', 'start_text', 'case_type'])],
			[2, 'update', ['theme_ids', 'title']],
			[3, 'update', ['actors']],
			[4, 'status', ['status']],
			[5, 'status', ['published_at', 'published_by', 'status']],
			[6, 'delete', ['deleted_at', 'deleted_by']],
			[7, 'undelete', ['deleted_at', 'deleted_by']]
		]);
		expect(v3.actors).toEqual([{ actor_id: actor.id, role: 'affected', note: 'dispersed' }]);

		const second = history[1]!;
		expect(second.snapshot).toMatchObject({
			title: 'History case (renamed)',
			version: 2,
			theme_ids: [assembly.id],
			actors: [],
			start_text: '2021-05',
			start_precision: 'month'
		});
		expect(await getRevision(db(), second.id)).toEqual(second);
		expect((await getRevisionAtVersion(db(), 'case', made.id, 3)).snapshot).toMatchObject({
			actors: [{ actor_id: actor.id, role: 'affected', note: 'dispersed' }],
			updated_by: editorId
		});
		expect(history[4]?.snapshot).toMatchObject({ status: 'published', published_by: editorId });
		await expect(getRevision(db(), 'missing')).rejects.toBeInstanceOf(NotFoundError);
		await expect(getRevisionAtVersion(db(), 'case', made.id, 99)).rejects.toBeInstanceOf(
			NotFoundError
		);
	});

	describe('unpublishing', () => {
		it('clears the publication stamps but keeps them in history', async () => {
			const made = await createCase(
				db(),
				{ country_id: country.id, title: 'Published then withdrawn', case_type: 'other' },
				userId
			);
			await setCaseStatus(db(), made.id, 1, 'published', editorId);
			const back = await setCaseStatus(db(), made.id, 2, 'draft', editorId);
			expect(back).toMatchObject({ status: 'draft', published_at: null, published_by: null });
			const history = await listRevisions(db(), 'case', made.id);
			expect(history[1]?.snapshot).toMatchObject({ published_by: editorId });
			await expect(
				setCaseStatus(db(), made.id, 3, 'archived' as 'draft', editorId)
			).rejects.toBeInstanceOf(ValidationError);
		});

		it('reports a missing record as NotFoundError', async () => {
			await expect(updateCase(db(), 'missing', 1, { title: 'x' }, null)).rejects.toBeInstanceOf(
				NotFoundError
			);
			await expect(deleteCase(db(), 'missing', null)).rejects.toBeInstanceOf(NotFoundError);
		});
	});
});
