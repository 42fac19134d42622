import { render } from 'svelte/server';
import { beforeAll, expect, it } from 'vitest';
import PublicPackPage from '../../src/routes/countries/[code]/briefings/[id]/+page.svelte';
import WorkspacePackPage from '../../src/routes/workspace/briefings/[id]/+page.svelte';
import { SECTION_TITLES, packSections } from '../../src/lib/briefing/sections.js';
import { publicPack } from '../../src/lib/server/briefings/public-pack.js';
import {
	buildPack,
	issuePack,
	packContent,
	packIssue,
	type PackContext
} from '../../src/lib/server/briefings/packs.js';
import { packState } from '../../src/lib/server/briefings/pack-state.js';
import { getBriefingPack } from '../../src/lib/server/repositories/briefing-packs.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { addUser } from '../workspace/fixture.js';
import { VISIT_PACK } from './fixture.js';

/*
 * Both pack pages (the public one and the workspace one, draft and issued) show the pack
 * through the one print component, PackDocument, in the words of sections.ts: each section's
 * heading once, the endnotes as "Sources", and no second copy of the sections around it.
 */

const headings = (html: string) =>
	[...html.matchAll(/<h2 id="pack-(\w+)"[^>]*>([^<]+)<\/h2>/g)].map((m) => [m[1], m[2]]);

describeEachDatabase('pack pages', ({ db }) => {
	let researcher: PackContext;
	let editor: PackContext;

	beforeAll(async () => {
		await loadDemo(db());
		researcher = { actor: await addUser(db(), 'researcher', 'Pages Researcher') };
		editor = { actor: await addUser(db(), 'editor', 'Pages Editor') };
	});

	it('the public page and the workspace page render the pack once, through PackDocument', async () => {
		const id = await buildPack(db(), researcher, VISIT_PACK);
		const draftRow = await getBriefingPack(db(), id);
		const draftContent = packContent(draftRow);
		const expected = packSections(draftContent).map((k) => [k, SECTION_TITLES[k]]);
		expect(expected.map(([k]) => k)).toContain('endnotes');

		const workspaceData = (row: typeof draftRow) => {
			const content = packContent(row);
			return {
				pack: packState(row),
				content,
				issue: packIssue(row, content),
				documents: [],
				mayBuild: true,
				issueRefusal: null
			};
		};
		const draftPage = render(WorkspacePackPage, {
			props: { data: workspaceData(draftRow) as never, form: null }
		}).body;
		expect(headings(draftPage)).toEqual(expected);
		expect(draftPage).toContain('Preview as it will print');
		expect(draftPage).toContain('class="pack-document');
		// The editor names sections as the documents do, never "Endnotes".
		expect(draftPage).not.toContain('Endnotes');

		await issuePack(db(), editor, id, draftRow.version);
		const issuedPage = render(WorkspacePackPage, {
			props: { data: workspaceData(await getBriefingPack(db(), id)) as never, form: null }
		}).body;
		expect(headings(issuedPage)).toEqual(expected);
		expect(issuedPage).toContain('<h1 id="pack-title"');
		expect(issuedPage.match(/<h1\b/g)).toHaveLength(1);

		const data = await publicPack(db(), 'kz', id);
		expect(data).not.toBeNull();
		const publicPage = render(PublicPackPage, {
			props: { data: data as never, form: null, params: { code: 'kz', id } } as never
		}).body;
		expect(headings(publicPage)).toEqual(expected);
		expect(publicPage.match(/<h1\b/g)).toHaveLength(1);
		expect(publicPage).not.toContain('Endnotes');
		expect(publicPage).toContain(`/countries/kz/briefings/${id}/pack.pdf`);
		expect(publicPage).toMatch(/SHA-256 <code[^>]*>[0-9a-f]{64}<\/code>/);
		// Every numbered source appears once, as the documents number it.
		for (const note of draftContent.endnotes)
			expect(publicPage.match(new RegExp(`id="endnote-${note.number}"`, 'g'))).toHaveLength(1);
	});
});
