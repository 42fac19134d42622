import { render } from 'svelte/server';
import { beforeAll, expect, it } from 'vitest';
import PackDocument from '../../src/lib/components/briefing/PackDocument.svelte';
import {
	assembleBriefing,
	PackInputError,
	type AssembleInput
} from '../../src/lib/server/briefings/assemble.js';
import { buildFormEcho, readBuildForm } from '../../src/lib/server/briefings/packs.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { MARKER, seedFictionalCountry, type Fixture } from '../public/fixture.js';

/*
 * An internal pack may hold what a public one never does: unpublished cases the director
 * ticks in, and the real names of at-risk people when the director chooses them. A public
 * pack refuses both. Testland (XT) is fictional; MARKER marks what must stay internal.
 */

describeEachDatabase('internal briefing packs', ({ db }) => {
	let fixture: Fixture;
	const input = (over: Partial<AssembleInput> = {}): AssembleInput => ({
		country: 'XT',
		occasion: { title: 'Meeting with Testland officials', date: '2021-12-01' },
		window: { from: null, to: null },
		themes: [],
		classification: 'internal',
		realNames: false,
		today: '2026-01-01',
		...over
	});

	beforeAll(async () => {
		fixture = await seedFictionalCountry(db());
	});

	it('an internal pack holds the ticked unpublished cases and, when chosen, real names', async () => {
		const content = await assembleBriefing(
			db(),
			input({ realNames: true, unpublishedCaseIds: [fixture.caseIds.draft] })
		);
		expect(content.realNames).toBe(true);
		expect(content.people.map((p) => [p.name, p.pseudonymised])).toContainEqual([
			`${MARKER} real name`,
			false
		]);
		expect(content.unpublished).toEqual([
			expect.objectContaining({ id: fixture.caseIds.draft, status: 'draft' })
		]);
		// A deleted case or another country's case cannot be ticked in by id.
		const other = await assembleBriefing(
			db(),
			input({ unpublishedCaseIds: [fixture.caseIds.deleted, 'no-such-case'] })
		);
		expect(other.unpublished).toEqual([]);

		const page = render(PackDocument, { props: { content, issue: null } }).body;
		expect(page).toContain('Not yet published (internal)');
		expect(page).toContain(`${MARKER} draft case`);
		expect(page).toContain(`${MARKER} real name`);
	});

	it('an internal pack without real names keeps the pseudonym', async () => {
		const content = await assembleBriefing(db(), input());
		expect(content.people.map((p) => p.name)).toContain('Activist A');
		expect(JSON.stringify(content)).not.toContain(MARKER);
		expect(content.limits.join(' ')).not.toContain('real names are not yet available');
	});

	it('a public pack refuses unpublished cases and never takes real names', async () => {
		await expect(
			assembleBriefing(
				db(),
				input({ classification: 'public', unpublishedCaseIds: [fixture.caseIds.draft] })
			)
		).rejects.toThrow(PackInputError);
		const content = await assembleBriefing(
			db(),
			input({ classification: 'public', realNames: true })
		);
		expect(JSON.stringify(content)).not.toContain(MARKER);
		expect(content.unpublished).toBeUndefined();

		// The form cannot ask for it either: a public pack's real-names tick is ignored.
		const form = new FormData();
		for (const [k, v] of Object.entries({
			country: 'XT',
			occasionTitle: 'Meeting',
			occasionDate: '2021-12-01',
			classification: 'public',
			realNames: 'on'
		}))
			form.set(k, v);
		expect(readBuildForm(buildFormEcho(form), '2026-01-01').realNames).toBe(false);
	});
});
