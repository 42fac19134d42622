import { PDFParse } from 'pdf-parse';
import { expect, it } from 'vitest';
import { publicPack } from '../../src/lib/server/briefings/public-pack.js';
import {
	getBriefingDocument,
	listPublicBriefingPacks
} from '../../src/lib/server/repositories/briefing-packs.js';
import { DEMO_IDS, seedDemoIfEmpty } from '../../src/lib/server/seed/demo.js';
import { DEMO_SOURCE } from '../../src/lib/server/seed/demo-kazakhstan.js';
import { DEMO_PACK_ID } from '../../src/lib/server/seed/demo-pack.js';
import { describeEachDatabase } from '../helpers/databases.js';

/*
 * A fresh install holds one issued public pack, for President Tokayev's visit to Brussels
 * (25-26 November 2021), built from the demo record alone by the builder's code, listed for
 * the country page and made once.
 */

describeEachDatabase('the demo briefing pack', ({ db }) => {
	it('is issued, public, for the visit, built from the demo record alone, and made once', async () => {
		expect(await seedDemoIfEmpty(db())).toBe(true);
		const listed = await listPublicBriefingPacks(db(), { code: 'kz' });
		expect(listed.map((p) => p.id)).toEqual([DEMO_PACK_ID]);

		const pack = await publicPack(db(), 'kz', DEMO_PACK_ID);
		expect(pack).not.toBeNull();
		const content = pack!.content;
		expect(content.classification).toBe('public');
		expect(content.occasion).toMatchObject({ engagementId: 'kz-eng-tokayev-visit-2021' });
		expect(content.occasion.date?.text).toBe('2021-11-25');
		expect(pack!.issue?.issuedBy).toBe('Pledgewatch');
		// Nothing but the demo record: its records, its one source.
		const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
		for (const id of ids(content.pledges)) expect(DEMO_IDS.pledge).toContain(id);
		for (const id of ids(content.laws)) expect(DEMO_IDS.law).toContain(id);
		for (const id of ids(content.eu)) expect(DEMO_IDS.engagement).toContain(id);
		expect(content.pledges.length).toBe(DEMO_IDS.pledge.length);
		expect(content.asks.map((a) => a.askId).sort()).toEqual([...DEMO_IDS.ask].sort());
		expect(content.endnotes.map((n) => n.sourceId)).toEqual([DEMO_SOURCE.id]);
		expect(content.people.map((p) => p.name)).toContain('Max Bokaev');

		const pdf = await getBriefingDocument(db(), DEMO_PACK_ID, 'pdf');
		const docx = await getBriefingDocument(db(), DEMO_PACK_ID, 'docx');
		expect(Buffer.from(pdf!.bytes).subarray(0, 5).toString()).toBe('%PDF-');
		expect(Buffer.from(docx!.bytes).subarray(0, 2).toString()).toBe('PK');
		const parser = new PDFParse({ data: new Uint8Array(pdf!.bytes) });
		const { text } = await parser.getText();
		await parser.destroy();
		// Lines wrap in the PDF; its words read in order.
		const flat = text.replace(/\s+/g, ' ');
		expect(flat).toContain(
			'Briefing on Kazakhstan: President Tokayev visits Brussels, 25–26 November 2021'
		);
		// The EU's record gives each engagement's span at its own precision, as the country page.
		expect(flat).toContain('Visit, 25–26 November 2021');
		expect(flat).toContain('Agreement, March 2020');
		expect(flat).toContain(
			'Pledges, cases and EU engagements, start of the record to 26 November 2021.'
		);
		expect(flat).toContain('Recommended asks');
		expect(flat).toContain('Is EU serious about human rights in Kazakhstan?');

		expect(await seedDemoIfEmpty(db())).toBe(false);
		expect((await listPublicBriefingPacks(db(), { code: 'kz' })).length).toBe(1);
	});
});
