import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { render } from 'svelte/server';
import { beforeAll, expect, it } from 'vitest';
import PackDocument from '../../src/lib/components/briefing/PackDocument.svelte';
import { holdsUnpublished } from '../../src/lib/domain/briefing.js';
import {
	assembleBriefing,
	PackInputError,
	type AssembleInput
} from '../../src/lib/server/briefings/assemble.js';
import { renderPackDocx } from '../../src/lib/server/briefings/documents/docx.js';
import { renderPackPdf } from '../../src/lib/server/briefings/documents/pdf.js';
import {
	buildFormEcho,
	buildPack,
	editFormEcho,
	issuePack,
	issueRefusal,
	packContent,
	readBuildForm,
	savePack
} from '../../src/lib/server/briefings/packs.js';
import { publicPack, publicPackDocument } from '../../src/lib/server/briefings/public-pack.js';
import { getBriefingPack } from '../../src/lib/server/repositories/briefing-packs.js';
import { ValidationError } from '../../src/lib/server/repositories/errors.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { MARKER, seedFictionalCountry, type Fixture } from '../public/fixture.js';

/*
 * An internal pack may hold what a public one never does: unpublished pledges, cases, laws and
 * EU engagements the director ticks in, and the real names of at-risk people when the director
 * chooses them. A public pack refuses both, by every path: the builder's form, assembling,
 * saving a draft, issuing, and the public pages. Testland (XT) is fictional; MARKER marks what
 * must stay internal.
 */

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function pdfText(bytes: Uint8Array): Promise<string> {
	const parser = new PDFParse({ data: new Uint8Array(bytes) });
	try {
		return flat((await parser.getText()).text);
	} finally {
		await parser.destroy();
	}
}

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields))
		for (const value of Array.isArray(v) ? v : [v]) data.append(k, value);
	return data;
}

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
	/** One unpublished record of every kind, as the builder's form sends them. */
	const everyKind = () => [
		`case:${fixture.caseIds.draft}`,
		`pledge:${fixture.draftIds.pledge}`,
		`law:${fixture.draftIds.law}`,
		`engagement:${fixture.draftIds.engagement}`
	];
	const builderForm = (classification: string, unpublished: string[]) =>
		form({
			country: 'XT',
			occasionTitle: 'Meeting with Testland officials',
			occasionDate: '2021-12-01',
			classification,
			unpublished
		});
	const editor = (userId: string | null = null) => ({
		actor: {
			userId,
			email: 'editor@example.org',
			role: 'editor' as const,
			stage: 'full' as const
		}
	});

	beforeAll(async () => {
		fixture = await seedFictionalCountry(db());
	});

	it('an internal pack holds ticked unpublished records of every kind, each in its section and marked', async () => {
		const content = await assembleBriefing(
			db(),
			readBuildForm(buildFormEcho(builderForm('internal', everyKind())), '2026-01-01')
		);
		expect(content.pledges.find((p) => p.id === fixture.draftIds.pledge)).toMatchObject({
			title: `${MARKER} draft pledge`,
			unpublished: 'draft',
			contradictedBy: [
				expect.objectContaining({
					id: fixture.caseIds.dispersal,
					note: `${MARKER} link from a draft pledge`
				})
			]
		});
		expect(content.laws.find((l) => l.id === fixture.draftIds.law)).toMatchObject({
			title: `${MARKER} draft law record`,
			unpublished: 'in_review',
			cases: [expect.objectContaining({ id: fixture.caseIds.dispersal })]
		});
		expect(content.eu.find((e) => e.id === fixture.draftIds.engagement)).toMatchObject({
			title: `${MARKER} draft engagement`,
			unpublished: 'draft'
		});
		expect(content.unpublished).toEqual([
			expect.objectContaining({ id: fixture.caseIds.draft, status: 'draft' })
		]);
		// The published record stays unmarked beside them.
		expect(content.pledges.find((p) => p.id === fixture.pledgeId)?.unpublished).toBeUndefined();
		expect(content.eu.find((e) => e.id === fixture.engagementId)?.unpublished).toBeUndefined();
		expect(holdsUnpublished(content)).toBe(true);
		// Endnotes stay numbered in reading order with the ticked records among them.
		expect(content.endnotes.map((n) => n.number)).toEqual(content.endnotes.map((_, i) => i + 1));

		// Each document prints them in their sections, each saying it is not published.
		const page = flat(render(PackDocument, { props: { content, issue: null } }).body);
		const pdf = await pdfText(await renderPackPdf(content, null));
		const docx = flat(
			(await mammoth.extractRawText({ buffer: Buffer.from(await renderPackDocx(content, null)) }))
				.value
		);
		for (const [name, text] of [
			['print page', page],
			['PDF', pdf],
			['docx', docx]
		] as const) {
			const at = (needle: string) => {
				const i = text.indexOf(needle);
				expect(i, `${name} holds "${needle}"`).toBeGreaterThanOrEqual(0);
				return i;
			};
			const pledges = at('Pledge versus practice');
			const laws = at('Laws used against critics');
			const unpublishedCases = at('Not yet published (internal)');
			const eu = at("The EU's record");
			expect(at(`${MARKER} draft pledge`), name).toBeGreaterThan(pledges);
			expect(at(`${MARKER} draft pledge`), name).toBeLessThan(laws);
			expect(at(`${MARKER} draft law record`), name).toBeGreaterThan(laws);
			expect(at(`${MARKER} draft case`), name).toBeGreaterThan(unpublishedCases);
			expect(at(`${MARKER} draft engagement`), name).toBeGreaterThan(eu);
			expect(text, name).toContain('Not published (draft): internal only');
			expect(text, name).toContain('Not published (in review): internal only');
		}
	});

	it('ignores ids that are deleted, published, of another country or of another kind', async () => {
		const content = await assembleBriefing(
			db(),
			input({
				unpublished: {
					case: [fixture.caseIds.deleted, 'no-such-case', fixture.draftIds.pledge],
					pledge: [fixture.pledgeId, fixture.draftIds.law],
					engagement: [fixture.engagementId]
				}
			})
		);
		expect(content.unpublished).toEqual([]);
		expect(holdsUnpublished(content)).toBe(false);
		expect(JSON.stringify(content)).not.toContain(MARKER);
	});

	it('an internal pack holds real names only when chosen', async () => {
		const named = await assembleBriefing(db(), input({ realNames: true }));
		expect(named.realNames).toBe(true);
		expect(named.people.map((p) => [p.name, p.pseudonymised])).toContainEqual([
			`${MARKER} real name`,
			false
		]);
		const content = await assembleBriefing(db(), input());
		expect(content.people.map((p) => p.name)).toContain('Activist A');
		expect(JSON.stringify(content)).not.toContain(MARKER);
	});

	it('a public pack refuses unpublished records from the builder form and never takes real names', async () => {
		for (const ticked of everyKind()) {
			const echo = buildFormEcho(builderForm('public', [ticked]));
			const refused = assembleBriefing(db(), readBuildForm(echo, '2026-01-01'));
			await expect(refused, ticked).rejects.toThrow(PackInputError);
			await expect(refused).rejects.toMatchObject({ field: 'unpublished' });
			// What was typed comes back with the refusal.
			expect(echo.unpublished).toEqual([ticked]);
		}
		// Building through the app's own door refuses too, and stores nothing.
		await expect(
			buildPack(
				db(),
				editor(),
				readBuildForm(buildFormEcho(builderForm('public', everyKind())), '2026-01-01')
			)
		).rejects.toThrow(PackInputError);

		const content = await assembleBriefing(
			db(),
			input({ classification: 'public', realNames: true })
		);
		expect(JSON.stringify(content)).not.toContain(MARKER);
		expect(content.unpublished).toBeUndefined();
		expect(holdsUnpublished(content)).toBe(false);
		expect(
			readBuildForm(buildFormEcho(form({ ...fieldsOf('public'), realNames: 'on' })), '2026-01-01')
				.realNames
		).toBe(false);
	});

	it('a public draft that came to hold unpublished records cannot be saved, issued or shown', async () => {
		// An internal draft with everything ticked in, then its classification turned public
		// behind the app's back (the app offers no way to change it once built).
		const id = await buildPack(
			db(),
			editor(),
			readBuildForm(buildFormEcho(builderForm('internal', everyKind())), '2026-01-01')
		);
		const row = await getBriefingPack(db(), id);
		const turned = { ...packContent(row), classification: 'public' as const };
		await db()
			.updateTable('briefing_packs')
			.set({ body: JSON.stringify(turned), is_public: 1 })
			.where('id', '=', id)
			.execute();
		const draft = await getBriefingPack(db(), id);

		await expect(
			savePack(db(), editor(), id, draft.version, editFormEcho(form({ summary: 'Edited.' })))
		).rejects.toThrow(ValidationError);
		expect(await issueRefusal(db(), editor().actor, draft, 'public')).toMatch(/not published/);
		await expect(issuePack(db(), editor(), id, draft.version)).rejects.toThrow(ValidationError);
		expect((await getBriefingPack(db(), id)).issued_at).toBeNull();

		// Issued anyway (straight into the table), the public pages still refuse it.
		await db()
			.updateTable('briefing_packs')
			.set({ snapshot: JSON.stringify(turned), issued_at: '2026-01-01T00:00:00.000Z' })
			.where('id', '=', id)
			.execute();
		expect(await publicPack(db(), 'xt', id)).toBeNull();
		expect(await publicPackDocument(db(), 'xt', id, 'pdf')).toBeUndefined();
	});

	function fieldsOf(classification: string) {
		return {
			country: 'XT',
			occasionTitle: 'Meeting',
			occasionDate: '2021-12-01',
			classification
		};
	}
});
