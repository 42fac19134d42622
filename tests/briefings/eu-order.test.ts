import { beforeAll, expect, it } from 'vitest';
import { assembleBriefing } from '../../src/lib/server/briefings/assemble.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { seedFictionalCountry, type Fixture } from '../public/fixture.js';

/*
 * The EU's record in a pack reads oldest first; an engagement the source does not date (a
 * resolution, say) goes after the dated ones, by title, whatever order the database returns
 * rows in. Testland (XT) is fictional; these engagements are generated for the test.
 */

describeEachDatabase('the order of the EU record in a briefing pack', ({ db }) => {
	let fixture: Fixture;

	beforeAll(async () => {
		fixture = await seedFictionalCountry(db());
		const at = '2024-01-01T00:00:00.000Z';
		// Inserted in an order that is neither by date nor by title.
		for (const [title, date] of [
			['Beta resolution on Testland (fictional)', null],
			['Statement on Testland, May 2020 (fictional)', '2020-05'],
			['Alpha resolution on Testland (fictional)', null],
			['Dialogue with Testland, 2019 (fictional)', '2019']
		] as const) {
			await db()
				.insertInto('engagements')
				.values({
					id: `xt-eu-order-${title.slice(0, 5).toLowerCase()}`,
					country_id: fixture.countryId,
					title,
					kind: date ? 'statement' : 'resolution',
					// An undated record keeps the required columns empty: no text, no days.
					start_text: date ?? '',
					start_precision: date === '2019' ? 'year' : date ? 'month' : 'before',
					start_earliest: date === '2019' ? '2019-01-01' : date ? '2020-05-01' : null,
					start_latest: date === '2019' ? '2019-12-31' : date ? '2020-05-31' : null,
					status: 'published',
					created_at: at,
					updated_at: at,
					published_at: at
				})
				.execute();
		}
	});

	it('lists dated engagements oldest first, then undated ones by title', async () => {
		const content = await assembleBriefing(db(), {
			country: 'XT',
			occasion: { title: 'Meeting with Testland officials', date: '2021-12-01' },
			window: { from: null, to: '2021-12-01' },
			themes: [],
			classification: 'public',
			realNames: false,
			today: '2026-01-01'
		});
		expect(content.eu.map((e) => e.title)).toEqual([
			'Dialogue with Testland, 2019 (fictional)',
			'Statement on Testland, May 2020 (fictional)',
			'Test visit (fictional)',
			'Alpha resolution on Testland (fictional)',
			'Beta resolution on Testland (fictional)'
		]);
	});
});
