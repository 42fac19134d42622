import { afterAll, beforeEach, expect, it } from 'vitest';
import { pointDate } from '../../src/lib/dates.js';
import type { LinkKind, RecordType } from '../../src/lib/domain/vocabulary.js';
import { createAsk } from '../../src/lib/server/repositories/asks.js';
import { createCase } from '../../src/lib/server/repositories/cases.js';
import {
	citeSource,
	getCitation,
	listCitations,
	listCitingRecords,
	removeCitation,
	updateCitation
} from '../../src/lib/server/repositories/citations.js';
import { createEngagement } from '../../src/lib/server/repositories/engagements.js';
import { NotFoundError, ValidationError } from '../../src/lib/server/repositories/errors.js';
import {
	createLink,
	deleteLink,
	getLink,
	listLinksFrom,
	listLinksOf,
	listLinksTo,
	updateLinkNote
} from '../../src/lib/server/repositories/links.js';
import { createPledge } from '../../src/lib/server/repositories/pledges.js';
import { addAssessment } from '../../src/lib/server/repositories/assessments.js';
import { createSource } from '../../src/lib/server/repositories/sources.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { setClock } from '../../src/lib/server/clock.js';
import { createTestland, createTestUser, useTickingClock } from './fixtures.js';

describeEachDatabase('links and citations repositories', { fresh: 'test' }, ({ db }) => {
	/** A link from one record to another, made by no one (an import). */
	const linkAnonymously = (
		kind: LinkKind,
		[from_type, from_id]: [RecordType, string],
		[to_type, to_id]: [RecordType, string]
	) => createLink(db(), { kind, from_type, from_id, to_type, to_id }, null);

	const id: Record<string, string> = {};
	let userId: string;

	afterAll(() => setClock(null));

	beforeEach(async () => {
		useTickingClock();
		userId = await createTestUser(db());
		const country = await createTestland(db());
		const base = { country_id: country.id };
		id.pledge = (
			await createPledge(db(), { ...base, title: 'Test pledge', made: pointDate('2021') }, null)
		).id;
		id.caseA = (
			await createCase(db(), { ...base, title: 'Test case A', case_type: 'detention' }, null)
		).id;
		id.caseB = (
			await createCase(db(), { ...base, title: 'Test case B', case_type: 'prosecution' }, null)
		).id;
		id.engagement = (
			await createEngagement(
				db(),
				{ ...base, title: 'Test visit', kind: 'visit', start: pointDate('2021-11') },
				null
			)
		).id;
		id.ask = (
			await createAsk(
				db(),
				{ ...base, title: 'Test ask', recommendation: 'Test (fictional).' },
				null
			)
		).id;
		id.source = (
			await createSource(db(), { title: 'Test report (fictional)', kind: 'report' }, null)
		).id;
		id.source2 = (
			await createSource(db(), { title: 'Test article (fictional)', kind: 'article' }, null)
		).id;
	});

	it('makes each allowed kind of link, with its note', async () => {
		const contradicted = await createLink(
			db(),
			{
				kind: 'contradicted_by',
				from_type: 'pledge',
				from_id: id.pledge!,
				to_type: 'case',
				to_id: id.caseA!,
				note: ' Detention after the pledge. '
			},
			userId
		);
		expect(contradicted).toMatchObject({ note: 'Detention after the pledge.', created_by: userId });
		expect(await getLink(db(), contradicted.id)).toEqual(contradicted);
		await linkAnonymously('supported_by', ['pledge', id.pledge!], ['case', id.caseB!]);
		await linkAnonymously('made_at', ['pledge', id.pledge!], ['engagement', id.engagement!]);
		await linkAnonymously('raised_at', ['ask', id.ask!], ['engagement', id.engagement!]);
		await linkAnonymously('related_to', ['case', id.caseA!], ['case', id.caseB!]);

		expect((await listLinksFrom(db(), 'pledge', id.pledge!)).map((l) => l.kind)).toEqual([
			'contradicted_by',
			'supported_by',
			'made_at'
		]);
		expect(
			(await listLinksFrom(db(), 'pledge', id.pledge!, { kind: 'contradicted_by' })).map(
				(l) => l.to_id
			)
		).toEqual([id.caseA]);
		expect((await listLinksTo(db(), 'engagement', id.engagement!)).map((l) => l.from_type)).toEqual(
			['pledge', 'ask']
		);
		expect((await listLinksTo(db(), 'case', id.caseA!)).map((l) => l.kind)).toEqual([
			'contradicted_by'
		]);
		// Case B: supported a pledge and is related to case A, seen from either end.
		expect((await listLinksOf(db(), 'case', id.caseB!)).map((l) => l.kind)).toEqual([
			'supported_by',
			'related_to'
		]);
		expect((await listLinksOf(db(), 'case', id.caseA!, { kind: 'related_to' })).length).toBe(1);

		const renoted = await updateLinkNote(db(), contradicted.id, 'Detained within a month.');
		expect(renoted.note).toBe('Detained within a month.');
		await deleteLink(db(), contradicted.id);
		await expect(getLink(db(), contradicted.id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(deleteLink(db(), contradicted.id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(updateLinkNote(db(), contradicted.id, 'x')).rejects.toBeInstanceOf(NotFoundError);
	});

	it('rejects combinations the domain does not know, self-links, duplicates and unknown records', async () => {
		// The links a second copy of would be a duplicate.
		const link = (kind: 'related_to' | 'supported_by', from: 'case' | 'pledge', fromId: string) =>
			linkAnonymously(kind, [from, fromId], ['case', id.caseB!]);
		await link('related_to', 'case', id.caseA!);
		await link('supported_by', 'pledge', id.pledge!);
		const wrong = await linkAnonymously(
			'contradicted_by',
			['case', id.caseA!],
			['pledge', id.pledge!]
		).catch((e: unknown) => e);
		expect(wrong).toBeInstanceOf(ValidationError);
		expect((wrong as ValidationError).fields.kind).toContain('from a pledge to a case');

		await expect(
			linkAnonymously('raised_at', ['pledge', id.pledge!], ['engagement', id.engagement!])
		).rejects.toBeInstanceOf(ValidationError);
		await expect(
			linkAnonymously('cites' as 'made_at', ['pledge', id.pledge!], ['engagement', id.engagement!])
		).rejects.toMatchObject({ fields: { kind: expect.stringContaining('one of') } });
		await expect(
			linkAnonymously('related_to', ['case', id.caseA!], ['case', id.caseA!])
		).rejects.toMatchObject({ fields: { to_id: expect.stringContaining('itself') } });
		// related_to reads both ways, so B -> A repeats A -> B.
		await expect(
			linkAnonymously('related_to', ['case', id.caseB!], ['case', id.caseA!])
		).rejects.toMatchObject({ fields: { to_id: expect.stringContaining('already') } });
		await expect(
			linkAnonymously('supported_by', ['pledge', id.pledge!], ['case', id.caseB!])
		).rejects.toMatchObject({ fields: { to_id: expect.stringContaining('already') } });
		await expect(
			linkAnonymously('contradicted_by', ['pledge', id.pledge!], ['case', 'ghost'])
		).rejects.toMatchObject({ fields: { to_id: expect.stringContaining('ghost') } });
	});

	it('cites sources on records with locators and lists both directions', async () => {
		const onCase = await citeSource(
			db(),
			{ source_id: id.source!, record_type: 'case', record_id: id.caseA!, locator: ' p. 4 ' },
			userId
		);
		expect(onCase).toMatchObject({ locator: 'p. 4', note: '', created_by: userId });
		await citeSource(
			db(),
			{ source_id: id.source!, record_type: 'case', record_id: id.caseA!, locator: 'p. 7' },
			null
		);
		await citeSource(
			db(),
			{ source_id: id.source2!, record_type: 'case', record_id: id.caseA!, note: 'press coverage' },
			null
		);
		const assessment = await addAssessment(
			db(),
			id.pledge!,
			{ rating: 'broken', assessed_on: '2021-12-01', rationale: 'Test rationale.' },
			null
		);
		await citeSource(
			db(),
			{ source_id: id.source!, record_type: 'assessment', record_id: assessment.id },
			null
		);

		const cited = await listCitations(db(), 'case', id.caseA!);
		expect(cited.map((c) => [c.source_title, c.locator])).toEqual([
			['Test report (fictional)', 'p. 4'],
			['Test report (fictional)', 'p. 7'],
			['Test article (fictional)', '']
		]);
		expect(cited[2]).toMatchObject({
			source_kind: 'article',
			source_status: 'draft',
			note: 'press coverage'
		});
		expect(
			(await listCitingRecords(db(), id.source!)).map((c) => [c.record_type, c.record_id])
		).toEqual([
			['assessment', assessment.id],
			['case', id.caseA],
			['case', id.caseA]
		]);

		const updated = await updateCitation(db(), onCase.id, { locator: 'p. 5', note: 'quoted' });
		expect(updated).toMatchObject({ locator: 'p. 5', note: 'quoted' });
		expect(await getCitation(db(), onCase.id)).toEqual(updated);
		await removeCitation(db(), onCase.id);
		expect(await listCitations(db(), 'case', id.caseA!)).toHaveLength(2);
		await expect(removeCitation(db(), onCase.id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(updateCitation(db(), onCase.id, { note: 'x' })).rejects.toBeInstanceOf(
			NotFoundError
		);
	});

	it('rejects duplicate citations and unknown sources or records', async () => {
		await citeSource(
			db(),
			{ source_id: id.source!, record_type: 'case', record_id: id.caseA!, locator: 'p. 7' },
			null
		);
		await expect(
			citeSource(
				db(),
				{ source_id: id.source!, record_type: 'case', record_id: id.caseA!, locator: 'p. 7' },
				null
			)
		).rejects.toMatchObject({ fields: { locator: expect.stringContaining('already') } });
		await expect(
			citeSource(db(), { source_id: 'ghost', record_type: 'case', record_id: id.caseA! }, null)
		).rejects.toMatchObject({ fields: { source_id: expect.any(String) } });
		await expect(
			citeSource(db(), { source_id: id.source!, record_type: 'pledge', record_id: id.caseA! }, null)
		).rejects.toMatchObject({ fields: { record_id: expect.any(String) } });
		await expect(
			citeSource(
				db(),
				{ source_id: id.source!, record_type: 'source', record_id: id.source2! },
				null
			)
		).rejects.toBeInstanceOf(ValidationError);
	});
});
