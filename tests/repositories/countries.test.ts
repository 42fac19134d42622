import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import {
	createCountry,
	deleteCountry,
	findCountry,
	findCountryByCode,
	getCountry,
	listCountries,
	restoreCountry,
	setCountryStatus,
	updateCountry
} from '../../src/lib/server/repositories/countries.js';
import {
	NotFoundError,
	ValidationError,
	VersionConflictError
} from '../../src/lib/server/repositories/errors.js';
import { listRevisions } from '../../src/lib/server/repositories/revisions.js';

describeEachDatabase('countries repository', { fresh: 'test' }, ({ db }) => {
	it('creates a fictional test country as a draft at version 1 with a create revision', async () => {
		const country = await createCountry(
			db(),
			{ code: 'xt', name: 'Testland (fictional)', is_fictional: true, region: 'Nowhere' },
			null
		);
		expect(country).toMatchObject({
			code: 'XT',
			name: 'Testland (fictional)',
			is_fictional: 1,
			status: 'draft',
			version: 1,
			deleted_at: null
		});
		expect(await getCountry(db(), country.id)).toEqual(country);
		expect((await findCountryByCode(db(), 'xt'))?.id).toBe(country.id);
		const history = await listRevisions(db(), 'country', country.id);
		expect(history.map((r) => [r.version, r.action])).toEqual([[1, 'create']]);
		expect(history[0]?.changed_fields).toContain('name');
	});

	it('rejects a bad or duplicate code with a field message', async () => {
		await createCountry(db(), { code: 'XT', name: 'Testland (fictional)' }, null);
		await expect(createCountry(db(), { code: 'XTX', name: 'Bad' }, null)).rejects.toMatchObject({
			fields: { code: expect.stringContaining('two letters') }
		});
		await expect(
			createCountry(db(), { code: 'XT', name: 'Second Testland (fictional)' }, null)
		).rejects.toBeInstanceOf(ValidationError);
		await expect(createCountry(db(), { code: 'XU', name: ' ' }, null)).rejects.toMatchObject({
			fields: { name: 'Name cannot be empty.' }
		});
	});

	it('updates with a version check, deletes to the trash, restores and publishes', async () => {
		const country = await createCountry(
			db(),
			{ code: 'XV', name: 'Veeland (fictional)', is_fictional: true },
			null
		);
		const updated = await updateCountry(db(), country.id, 1, { summary: 'Test summary' }, null);
		expect(updated).toMatchObject({ version: 2, summary: 'Test summary' });
		await expect(
			updateCountry(db(), country.id, 1, { summary: 'stale' }, null)
		).rejects.toBeInstanceOf(VersionConflictError);

		const deleted = await deleteCountry(db(), country.id, null);
		expect(deleted.deleted_at).not.toBeNull();
		expect(await findCountry(db(), country.id)).toBeUndefined();
		await expect(getCountry(db(), country.id)).rejects.toBeInstanceOf(NotFoundError);
		expect((await getCountry(db(), country.id, { includeDeleted: true })).id).toBe(country.id);
		expect((await listCountries(db(), { deleted: 'only' })).map((c) => c.code)).toEqual(['XV']);

		const restored = await restoreCountry(db(), country.id, null);
		expect(restored).toMatchObject({ deleted_at: null, version: 4 });
		const published = await setCountryStatus(db(), country.id, 4, 'published', null);
		expect(published.status).toBe('published');
		expect(published.published_at).not.toBeNull();
	});

	describe('lists', () => {
		it('filters by fictional flag and region and sorts by name', async () => {
			for (const country of [
				{ code: 'XV', name: 'Veeland (fictional)', is_fictional: true },
				{ code: 'XT', name: 'Testland (fictional)', is_fictional: true, region: 'Nowhere' },
				{ code: 'XA', name: 'Aland (fictional)', is_fictional: true }
			])
				await createCountry(db(), country, null);
			const fictional = await listCountries(db(), { fictional: true });
			expect(fictional.map((c) => c.code)).toEqual(['XA', 'XT', 'XV']);
			expect(await listCountries(db(), { fictional: false })).toEqual([]);
			expect((await listCountries(db(), { region: 'Nowhere' })).map((c) => c.code)).toEqual(['XT']);
			expect((await listCountries(db(), { q: 'veel' })).map((c) => c.code)).toEqual(['XV']);
			expect((await listCountries(db(), { limit: 1, offset: 1 })).map((c) => c.code)).toEqual([
				'XT'
			]);
		});
	});
});
