import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { kindBySlug, type WorkspaceKind } from '../../src/lib/server/workspace/kinds/index.js';
import { countryCodeProblem } from '../../src/lib/server/workspace/kinds/country.js';
import type { Actor } from '../../src/lib/server/policy.js';
import { addUser, formOf, testland } from './fixture.js';

/*
 * The six record types described after cases and pledges, through the same machinery: each
 * saves from its form, echoes what was typed beside its errors, and meets a second save of
 * one version with the conflict. All data is about the fictional country Testland (XT).
 */

interface Case {
	slug: string;
	/** A valid form (the country filled in by the test). */
	valid: (countryId: string) => Record<string, string | string[]>;
	/** Fields that make the form invalid, and the field whose error must say so. */
	invalid: Record<string, string>;
	errorField: string;
	errorText: RegExp;
	/** A field that is typed back unchanged beside the error. */
	echoed: string;
	/** A change for the conflict test. */
	edit: [field: string, value: string];
}

const CASES: Case[] = [
	{
		slug: 'engagements',
		valid: (country_id) => ({
			title: 'EU visit to Testland (fictional)',
			kind: 'visit',
			country_id,
			start: '2021-11-25..2021-11-26',
			eu_actors: 'Testland delegation (fictional)',
			human_rights_clause: 'unknown',
			human_rights_raised: 'yes',
			description: 'Talks on *trade*.'
		}),
		invalid: { title: '', start: '25 November' },
		errorField: 'start',
		errorText: /is not a date/,
		echoed: 'eu_actors',
		edit: ['counterparts', 'Testland government (fictional)']
	},
	{
		slug: 'asks',
		valid: (country_id) => ({
			title: 'Free detained Testland journalists (fictional)',
			country_id,
			recommendation: 'Release everyone held for reporting.',
			addressed_to: 'EU leaders',
			made: '2021-11',
			ask_status: 'open'
		}),
		invalid: { recommendation: '  ' },
		errorField: 'recommendation',
		errorText: /Recommendation is required/,
		echoed: 'addressed_to',
		edit: ['made_where', 'Joint letter (fictional)']
	},
	{
		slug: 'actors',
		valid: (country_id) => ({
			name: 'Testland Press Union (fictional)',
			kind: 'trade_union',
			country_id,
			aliases: 'TPU\nPress Union',
			description: 'A union of journalists.'
		}),
		invalid: { at_risk: 'on', public_pseudonym: '' },
		errorField: 'public_pseudonym',
		errorText: /needs a pseudonym/,
		echoed: 'aliases',
		edit: ['description', 'A union of Testland journalists.']
	},
	{
		slug: 'laws',
		valid: (country_id) => ({
			title: 'Article 1 of the Testland Media Code (fictional)',
			country_id,
			law_status: 'in_force',
			dated: '2014',
			reference: 'TMC art. 1'
		}),
		invalid: { law_status: 'abolished' },
		errorField: 'law_status',
		errorText: /listed status values/,
		echoed: 'reference',
		edit: ['description', 'Used against reporters.']
	},
	{
		slug: 'sources',
		valid: () => ({
			title: 'Testland monitor bulletin (fictional)',
			kind: 'report',
			publisher: 'Testland Monitor (fictional)',
			published: '2021-11',
			reliability: 'medium'
		}),
		invalid: { url: 'javascript:alert(1)', archive_url: 'not a web address' },
		errorField: 'url',
		errorText: /web address starting with https/,
		echoed: 'publisher',
		edit: ['authors', 'T. Writer (fictional)']
	},
	{
		slug: 'countries',
		valid: () => ({
			name: 'Otherland (fictional)',
			code: 'XO',
			is_fictional: 'on',
			region: 'Nowhere'
		}),
		invalid: { code: 'KZ' },
		errorField: 'code',
		errorText: /needs a user-assigned code/,
		echoed: 'region',
		edit: ['summary', 'A *fictional* country for tests.']
	}
];

describe('country codes', () => {
	it('real countries need an assigned ISO code; fictional ones a user-assigned code', () => {
		expect(countryCodeProblem('kz', false)).toBeNull();
		expect(countryCodeProblem('XK', false)).toBeNull();
		expect(countryCodeProblem('XT', true)).toBeNull();
		expect(countryCodeProblem('QM', true)).toBeNull();
		expect(countryCodeProblem('XT', false)).toMatch(/not an ISO 3166-1 country code/);
		expect(countryCodeProblem('EU', false)).toMatch(/not an ISO 3166-1 country code/);
		expect(countryCodeProblem('KZ', true)).toMatch(/user-assigned code/);
		expect(countryCodeProblem('K1', false)).toMatch(/two letters/);
	});
});

describeEachDatabase('workspace record types', ({ db }) => {
	let researcher: Actor;
	let other: Actor;
	let countryId: string;

	beforeAll(async () => {
		researcher = await addUser(db(), 'researcher', 'Rita Test');
		other = await addUser(db(), 'researcher', 'Sam Test');
		({
			country: { id: countryId }
		} = await testland(db(), researcher.userId!));
	});

	for (const c of CASES) {
		describe(c.slug, () => {
			const kind = (): WorkspaceKind => kindBySlug(c.slug)!;

			it('refuses an invalid form, saying why beside the field and keeping what was typed', async () => {
				const fields = { ...c.valid(countryId), ...c.invalid };
				const outcome = await saveRecord(db(), kind(), formOf(fields), {
					userId: researcher.userId,
					confirmedNotDuplicate: true
				});
				expect(outcome.kind).toBe('invalid');
				if (outcome.kind !== 'invalid') return;
				expect(outcome.errors[c.errorField]).toMatch(c.errorText);
				expect(outcome.values[c.echoed]).toBe(fields[c.echoed]);
			});

			it('creates from the form, reads back the same values, and meets a stale save with the conflict', async () => {
				const created = await saveRecord(db(), kind(), formOf(c.valid(countryId)), {
					userId: researcher.userId,
					confirmedNotDuplicate: true
				});
				expect(created.kind).toBe('saved');
				if (created.kind !== 'saved') return;
				const record = await kind().get(db(), created.id);
				const values = kind().toValues(record);
				for (const [name, value] of Object.entries(c.valid(countryId))) {
					const expected = value === 'on' ? true : value;
					expect(values[name], name).toEqual(expected);
				}
				expect(record.status).toBe('draft');

				const [field, value] = c.edit;
				const mine = await saveRecord(
					db(),
					kind(),
					formOf({ ...c.valid(countryId), [field]: value, version: '1' }),
					{ userId: researcher.userId, id: created.id }
				);
				expect(mine.kind).toBe('saved');
				const theirs = await saveRecord(
					db(),
					kind(),
					formOf({ ...c.valid(countryId), version: '1' }),
					{ userId: other.userId, id: created.id }
				);
				expect(theirs.kind).toBe('conflict');
				if (theirs.kind !== 'conflict') return;
				expect(theirs.currentVersion).toBe(2);
				expect(theirs.current[field]).toBe(value);
				expect(theirs.changes.map((ch) => ch.field)).toContain(field);
			});
		});
	}

	it('an engagement keeps its EU and counterpart actors apart', async () => {
		const kind = kindBySlug('engagements')!;
		const outcome = await saveRecord(
			db(),
			kind,
			formOf({
				...CASES[0]!.valid(countryId),
				title: 'EU dialogue with Testland (fictional)',
				eu_actor_ids: 'new:international_body:Test Delegation (fictional)',
				counterpart_ids: 'new:state_body:Testland Ministry (fictional)'
			}),
			{ userId: researcher.userId, confirmedNotDuplicate: true }
		);
		expect(outcome.kind).toBe('saved');
		if (outcome.kind !== 'saved') return;
		const values = kind.toValues(await kind.get(db(), outcome.id));
		expect(values.eu_actor_ids).toHaveLength(1);
		expect(values.counterpart_ids).toHaveLength(1);
	});

	it('rules across fields are reported together with the other errors', async () => {
		const outcome = await saveRecord(
			db(),
			kindBySlug('countries')!,
			formOf({ name: '', code: 'XQ' }),
			{ userId: researcher.userId }
		);
		expect(outcome.kind).toBe('invalid');
		if (outcome.kind !== 'invalid') return;
		expect(outcome.errors.name).toBe('Name is required.');
		expect(outcome.errors.code).toMatch(/not an ISO 3166-1 country code/);
	});

	it('an at-risk person is saved with the pseudonym the public will see', async () => {
		const kind = kindBySlug('actors')!;
		const outcome = await saveRecord(
			db(),
			kind,
			formOf({
				name: 'Test Person B (fictional)',
				kind: 'person',
				country_id: countryId,
				at_risk: 'on',
				public_pseudonym: 'a Testland blogger'
			}),
			{ userId: researcher.userId }
		);
		expect(outcome.kind).toBe('saved');
		if (outcome.kind !== 'saved') return;
		const [stored] = await kind.findMany(db(), [outcome.id]);
		// The pseudonym is record text inside the sentence, marked with its language.
		expect(kind.row(stored!).cells[1]).toContainEqual({ text: 'a Testland blogger', lang: 'en' });
	});
});
