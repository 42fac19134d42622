import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { BriefingContent } from '../../src/lib/domain/briefing.js';
import {
	buildPack,
	downloadPack,
	editFormEcho,
	issuePack,
	newDraftFrom,
	packContent,
	savePack,
	withdrawPack,
	type PackContext
} from '../../src/lib/server/briefings/packs.js';
import {
	getBriefingPack,
	listPublicBriefingPacks
} from '../../src/lib/server/repositories/briefing-packs.js';
import { ValidationError, VersionConflictError } from '../../src/lib/server/repositories/errors.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { MARKER, seedFictionalCountry } from '../public/fixture.js';
import { addUser } from '../workspace/fixture.js';
import { VISIT_PACK } from './fixture.js';

/*
 * The document renderers are built on another branch and tested there; here they are
 * stand-ins whose bytes follow the content, so a re-render after a record change would differ
 * and an unchanged download proves the stored bytes were returned.
 */
vi.mock('../../src/lib/server/briefings/render.js', () => {
	const bytes = (kind: string, content: BriefingContent) =>
		new TextEncoder().encode(`${kind}:${JSON.stringify(content)}`);
	return {
		renderPdf: async (content: BriefingContent) => bytes('pdf', content),
		renderDocx: async (content: BriefingContent) => bytes('docx', content)
	};
});

const form = (content: BriefingContent, extra: Record<string, string | string[]> = {}) => {
	const data = new FormData();
	data.set('summary', content.summary.text);
	for (const a of content.asks) {
		data.append('askText', a.text);
		data.append('askId', a.askId ?? '');
		data.append('askRefs', a.refs.join(','));
	}
	data.set('talkingPoints', content.talkingPoints.join('\n'));
	for (const [k, v] of Object.entries(extra)) {
		if (Array.isArray(v)) for (const x of v) data.append(k, x);
		else data.set(k, v);
	}
	return editFormEcho(data);
};

describeEachDatabase('briefing pack lifecycle', ({ db }) => {
	let researcher: PackContext;
	let editor: PackContext;
	let otherEditor: PackContext;
	let viewer: PackContext;

	beforeAll(async () => {
		await loadDemo(db());
		researcher = { actor: await addUser(db(), 'researcher', 'Pack Researcher') };
		editor = { actor: await addUser(db(), 'editor', 'Pack Editor') };
		otherEditor = { actor: await addUser(db(), 'editor', 'Second Editor') };
		viewer = { actor: await addUser(db(), 'viewer', 'Pack Viewer') };
	});

	it('saves edits against the version, refuses a stale one, reorders, adds and drops asks', async () => {
		const id = await buildPack(db(), researcher, VISIT_PACK);
		const content = packContent(await getBriefingPack(db(), id));
		expect(content.asks.length).toBeGreaterThan(2);
		const [first, second] = content.asks;

		const v2 = await savePack(
			db(),
			researcher,
			id,
			1,
			form(content, { summary: 'Edited summary.', newAsk: 'A new **ask**.' }),
			'1:up'
		);
		expect(v2).toBe(2);
		const saved = packContent(await getBriefingPack(db(), id));
		expect(saved.summary.text).toBe('Edited summary.');
		expect(saved.asks[0]?.text).toBe(second?.text);
		expect(saved.asks[1]?.text).toBe(first?.text);
		// Written by the director in the language they write in: the pack's, English.
		expect(saved.asks.at(-1)).toEqual({
			askId: null,
			text: 'A new **ask**.',
			refs: [],
			lang: 'en'
		});

		// A second editor still on version 1 collides and writes nothing.
		const stale = await savePack(db(), editor, id, 1, form(content, { summary: 'Lost?' })).catch(
			(e: unknown) => e
		);
		expect(stale).toBeInstanceOf(VersionConflictError);
		expect(packContent(await getBriefingPack(db(), id)).summary.text).toBe('Edited summary.');

		await savePack(
			db(),
			researcher,
			id,
			2,
			form(saved, { drop: ['asks:0', 'pledges:kz-pledge-reform'], omit: 'figure' })
		);
		const dropped = packContent(await getBriefingPack(db(), id));
		expect(dropped.asks).toHaveLength(saved.asks.length - 1);
		expect(dropped.pledges.map((p) => p.id)).not.toContain('kz-pledge-reform');
		expect(dropped.omitted).toEqual(['figure']);
		expect(dropped.endnotes.map((n) => n.number)).toEqual(dropped.endnotes.map((_, i) => i + 1));
	});

	describe('issuing', () => {
		it('lets a researcher issue an internal pack but not a public one', async () => {
			const internal = await buildPack(db(), researcher, {
				...VISIT_PACK,
				classification: 'internal'
			});
			await issuePack(db(), researcher, internal, 1);
			expect((await getBriefingPack(db(), internal)).issued_at).not.toBeNull();

			const pub = await buildPack(db(), researcher, VISIT_PACK);
			const refused = await issuePack(db(), researcher, pub, 1).catch((e: unknown) => e);
			expect(refused).toBeInstanceOf(ValidationError);
			expect((refused as Error).message).toMatch(/editor/);
			const byViewer = await issuePack(db(), viewer, pub, 1).catch((e: unknown) => e);
			expect(byViewer).toBeInstanceOf(ValidationError);
		});

		it('four eyes: the last editor of a draft cannot issue it as public; another editor can', async () => {
			const id = await buildPack(db(), researcher, VISIT_PACK);
			const content = packContent(await getBriefingPack(db(), id));
			await savePack(db(), editor, id, 1, form(content, { summary: 'Editor wording.' }));
			const refused = await issuePack(db(), editor, id, 2).catch((e: unknown) => e);
			expect((refused as Error).message).toMatch(/Four eyes/);
			await issuePack(db(), otherEditor, id, 2);
			const row = await getBriefingPack(db(), id);
			expect(row.issued_by).toBe(otherEditor.actor.userId);
			expect(await listPublicBriefingPacks(db(), { id: row.country_id })).toEqual(
				expect.arrayContaining([expect.objectContaining({ id })])
			);
		});

		it('refuses to issue a draft saved since it was loaded, and stores nothing', async () => {
			const id = await buildPack(db(), researcher, VISIT_PACK);
			const content = packContent(await getBriefingPack(db(), id));
			await savePack(db(), researcher, id, 1, form(content, { summary: 'Newer wording.' }));
			const stale = await issuePack(db(), otherEditor, id, 1).catch((e: unknown) => e);
			expect(stale).toBeInstanceOf(VersionConflictError);
			const row = await getBriefingPack(db(), id);
			expect(row).toMatchObject({ version: 2, issued_at: null, snapshot: null });
			const documents = await db()
				.selectFrom('briefing_documents')
				.select('format')
				.where('pack_id', '=', id)
				.execute();
			expect(documents).toEqual([]);
		});

		it('keeps an issued pack unchanged, content and bytes, when the record changes', async () => {
			const id = await buildPack(db(), researcher, VISIT_PACK);
			await issuePack(db(), otherEditor, id, 1);
			const before = packContent(await getBriefingPack(db(), id));
			const pdf = await downloadPack(db(), viewer, id, 'pdf');
			const docx = await downloadPack(db(), viewer, id, 'docx');

			await db()
				.updateTable('cases')
				.set({ title: 'Renamed after the pack was issued' })
				.where('id', '=', 'kz-case-dck-ban')
				.execute();

			expect(packContent(await getBriefingPack(db(), id))).toEqual(before);
			const pdfAgain = await downloadPack(db(), viewer, id, 'pdf');
			expect(pdfAgain?.bytes).toEqual(pdf?.bytes);
			expect(pdfAgain?.sha256).toBe(pdf?.sha256);
			expect(pdf?.sha256).toMatch(/^[0-9a-f]{64}$/);
			expect((await downloadPack(db(), viewer, id, 'docx'))?.bytes).toEqual(docx?.bytes);
			expect(new TextDecoder().decode(pdf?.bytes)).not.toContain('Renamed after');

			const edit = await savePack(db(), researcher, id, 2, form(before)).catch((e: unknown) => e);
			expect(edit).toBeInstanceOf(ValidationError);
			const again = await issuePack(db(), otherEditor, id, 2).catch((e: unknown) => e);
			expect(again).toBeInstanceOf(ValidationError);

			// A new draft starts from the issued content; the issued pack stays as it was.
			const copy = await newDraftFrom(db(), researcher, id);
			const copied = await getBriefingPack(db(), copy);
			expect(copied.issued_at).toBeNull();
			expect(copied.based_on).toBe(id);
			expect(packContent(copied)).toEqual(before);

			await withdrawPack(db(), otherEditor, id, 'Superseded by a newer pack.');
			const withdrawn = await getBriefingPack(db(), id);
			expect(withdrawn.withdrawn_at).not.toBeNull();
			expect(await listPublicBriefingPacks(db(), { id: withdrawn.country_id })).not.toEqual(
				expect.arrayContaining([expect.objectContaining({ id })])
			);
			expect((await downloadPack(db(), viewer, id, 'pdf'))?.sha256).toBe(pdf?.sha256);

			const events = await db()
				.selectFrom('audit_events')
				.where('target_type', '=', 'briefing')
				.where('target_id', '=', id)
				.select('action')
				.execute();
			const actions = events.map((e) => e.action);
			expect(actions).toEqual(
				expect.arrayContaining([
					'briefing.build',
					'briefing.issue',
					'briefing.download',
					'briefing.withdraw'
				])
			);
		});
	});

	it('assembles a public pack with nothing from internal data (leak marker absent)', async () => {
		await seedFictionalCountry(db());
		const id = await buildPack(db(), researcher, {
			...VISIT_PACK,
			country: 'xt',
			occasion: { title: 'Meeting with Testland officials (fictional)', date: '2025-06-01' },
			window: { from: null, to: null }
		});
		const row = await getBriefingPack(db(), id);
		expect(packContent(row).pledges.length).toBeGreaterThan(0);
		expect(row.body).not.toContain(MARKER);
	});
});
