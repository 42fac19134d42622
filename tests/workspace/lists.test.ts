import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { kindBySlug } from '../../src/lib/server/workspace/kinds/index.js';
import { listPage } from '../../src/lib/server/workspace/list-page.js';
import { exportList } from '../../src/lib/server/workspace/export.js';
import {
	commitImportForm,
	importTemplate,
	previewImportForm,
	readImportForm
} from '../../src/lib/server/workspace/importing.js';
import { listAuditEvents } from '../../src/lib/server/audit.js';
import { markdownPreviews } from '../../src/lib/server/workspace/record-page.js';
import { formFor } from '../../src/lib/server/workspace/editing.js';
import { getEngagement } from '../../src/lib/server/repositories/engagements.js';
import { createTheme } from '../../src/lib/server/repositories/themes.js';
import { mayChangeRecord } from '../../src/lib/server/workspace/workflow.js';
import type { Actor } from '../../src/lib/server/policy.js';
import { parse } from 'csv-parse/sync';
import { importPledges } from '../../src/lib/server/csv/pledge-csv.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { createLink } from '../../src/lib/server/repositories/links.js';
import { addUser, formOf, testland } from './fixture.js';

/*
 * Lists through the full-text search, their exports, the CSV import page's steps, Markdown
 * previews and the rule for changing published records. Fictional Testland data only.
 */

describeEachDatabase('workspace lists, export and import', { fresh: 'test' }, ({ db }) => {
	let researcher: Actor;
	let editor: Actor;
	let countryId: string;
	let sourceId: string;
	const engagements = () => kindBySlug('engagements')!;

	async function saveEngagement(fields: Record<string, string>) {
		const outcome = await saveRecord(
			db(),
			engagements(),
			formOf({
				kind: 'dialogue',
				country_id: countryId,
				start: '2021-06',
				human_rights_clause: 'unknown',
				human_rights_raised: 'unknown',
				...fields
			}),
			{ userId: researcher.userId, confirmedNotDuplicate: true }
		);
		if (outcome.kind !== 'saved') throw new Error(`not saved: ${outcome.kind}`);
		return outcome.id;
	}

	beforeEach(async () => {
		researcher = await addUser(db(), 'researcher', 'Rita Test');
		editor = await addUser(db(), 'editor', 'Eddie Test');
		({
			country: { id: countryId },
			source: { id: sourceId }
		} = await testland(db(), researcher.userId!));
		await saveEngagement({
			title: 'Testland dialogue on media (fictional)',
			description: 'Delegates discussed **censorship** of newspapers.'
		});
		await saveEngagement({
			title: 'Testland trade talks (fictional)',
			kind: 'visit',
			start: '2019',
			description: 'Tariffs only.'
		});
	});

	it('a list searches descriptions too, marks the matched words and keeps the query', async () => {
		const page = await listPage(db(), engagements(), new URLSearchParams('q=censorship'));
		expect(page.total).toBe(1);
		expect(page.query.sort).toBe('relevance');
		expect(page.rows.map((r) => r.title)).toEqual(['Testland dialogue on media (fictional)']);
		const marked = page.rows[0]!.snippet!.filter((s) => s.match).map((s) => s.text.toLowerCase());
		expect(marked).toContain('censorship');

		const byTitle = await listPage(db(), engagements(), new URLSearchParams('q=trade'));
		expect(byTitle.rows[0]!.titleSegments).toContainEqual({ text: 'trade', match: true });
	});

	it('a list filters by kind and by date range, and sorts', async () => {
		const visits = await listPage(db(), engagements(), new URLSearchParams('type=visit'));
		expect(visits.rows.map((r) => r.title)).toEqual(['Testland trade talks (fictional)']);
		const recent = await listPage(db(), engagements(), new URLSearchParams('from=2021&to=2021'));
		expect(recent.rows.map((r) => r.title)).toEqual(['Testland dialogue on media (fictional)']);
		const oldest = await listPage(db(), engagements(), new URLSearchParams('sort=date_asc'));
		expect(oldest.rows.map((r) => r.title)).toEqual([
			'Testland trade talks (fictional)',
			'Testland dialogue on media (fictional)'
		]);
	});

	it('a list filters by theme, and offers the themes to choose from', async () => {
		const theme = await createTheme(
			db(),
			{ slug: 'test-press', name: 'Test press freedom (fictional)' },
			researcher.userId
		);
		const asks = kindBySlug('asks')!;
		for (const [title, themeIds] of [
			['Free the Testland press (fictional)', [theme.id]],
			['Open Testland courts (fictional)', []]
		] as const) {
			const saved = await saveRecord(
				db(),
				asks,
				formOf({
					title,
					country_id: countryId,
					recommendation: 'Do it.',
					ask_status: 'open',
					theme_ids: [...themeIds]
				}),
				{ userId: researcher.userId }
			);
			expect(saved.kind).toBe('saved');
		}
		const page = await listPage(db(), asks, new URLSearchParams(`theme=${theme.id}`));
		expect(page.rows.map((r) => r.title)).toEqual(['Free the Testland press (fictional)']);
		const offered = page.filters.find((f) => f.name === 'theme');
		expect(offered?.options).toContainEqual({ value: theme.id, label: theme.name, record: true });
	});

	it('exports every record of the filtered list, as CSV and as JSON', async () => {
		const csv = await exportList(db(), engagements(), new URLSearchParams('q=censorship'), 'csv');
		expect(csv.count).toBe(1);
		expect(csv.contentType).toMatch(/text\/csv/);
		expect(csv.filename).toMatch(/^pledgewatch-engagements-\d{4}-\d{2}-\d{2}\.csv$/);
		const [header, ...rows] = csv.body.trim().split('\n');
		expect(header).toContain('title');
		expect(rows).toHaveLength(1);
		expect(rows[0]).toContain('Testland dialogue on media (fictional)');

		const json = await exportList(db(), engagements(), new URLSearchParams(''), 'json');
		const parsed = JSON.parse(json.body) as { title: string; country_id: string }[];
		expect(parsed.map((r) => r.title).sort()).toEqual([
			'Testland dialogue on media (fictional)',
			'Testland trade talks (fictional)'
		]);
		// Picked and chosen records go out by name, not by id.
		expect(parsed[0]!.country_id).toMatch(/Testland/);
	});

	it('exports the other record types with their links and citations, as the record page lists them', async () => {
		const talks = (await listPage(db(), engagements(), new URLSearchParams('q=tariffs'))).rows[0]!;
		const [pledgeId] = (
			await importPledges(db(), 'title,made\nOpen Testland trade (fictional),2019\n', {
				countryId,
				userId: researcher.userId
			})
		).ids;
		await createLink(
			db(),
			{
				kind: 'made_at',
				from_type: 'pledge',
				from_id: pledgeId!,
				to_type: 'engagement',
				to_id: talks.id
			},
			researcher.userId
		);
		await citeSource(
			db(),
			{ source_id: sourceId, record_type: 'engagement', record_id: talks.id, locator: 'p. 2' },
			researcher.userId
		);
		const file = await exportList(db(), engagements(), new URLSearchParams('q=tariffs'), 'csv');
		const [row] = parse(file.body, { columns: true }) as Record<string, string>[];
		expect(row).toMatchObject({
			links: 'Pledge made here: Open Testland trade (fictional)',
			citations: 'Testland monitor report (fictional) (p. 2)'
		});
	});

	it('imports cases: preview names rows and columns, nothing is written until all are right', async () => {
		const header = importTemplate('cases').split('\n')[0]!;
		expect(header).toMatch(/^title,case_type/);
		const good = 'Testland website blocked (fictional),website_blocking,2021-05';
		const bad = 'Testland rally dispersed (fictional),no_such_type,May 2021';
		const columns = 'title,case_type,start';
		const form = (text: string) =>
			formOf({ type: 'cases', country_id: countryId, csv: `${columns}\n${text}\n` });

		const refused = await readImportForm(db(), formOf({ type: 'cases', csv: 'x' }));
		expect(refused.ok).toBe(false);

		const reading = await readImportForm(db(), form(`${good}\n${bad}`));
		if (!reading.ok) throw new Error(reading.message);
		const preview = await previewImportForm(db(), reading.form);
		expect(preview.ok).toBe(false);
		expect(preview.errors.map((e) => [e.row, e.column])).toEqual(
			expect.arrayContaining([
				[3, 'case_type'],
				[3, 'start']
			])
		);
		const who = { actor: researcher, ip: '192.0.2.9', userAgent: 'test' };
		const failed = await commitImportForm(db(), reading.form, who);
		expect(failed.ok).toBe(false);
		const cases = kindBySlug('cases')!;
		expect((await listPage(db(), cases, new URLSearchParams())).total).toBe(0);

		const fixed = await readImportForm(db(), form(good));
		if (!fixed.ok) throw new Error(fixed.message);
		const fine = await previewImportForm(db(), fixed.form);
		expect(fine.ok).toBe(true);
		expect(fine.create).toEqual([expect.objectContaining({ row: 2, title: good.split(',')[0] })]);
		expect(await commitImportForm(db(), fixed.form, who)).toEqual({
			ok: true,
			created: 1
		});
		// Both the refused and the committed import are audited: who, what, where, how many.
		const audited = await listAuditEvents(db(), { action: 'import' });
		expect(
			audited.events
				.map((e) => ({ ...e, detail: JSON.parse(e.detail) as unknown }))
				.sort((a, b) => a.outcome.localeCompare(b.outcome))
		).toEqual([
			expect.objectContaining({
				outcome: 'failure',
				user_id: researcher.userId,
				actor_email: researcher.email,
				target_type: 'cases',
				ip: '192.0.2.9',
				detail: { type: 'cases', country: countryId, rows: 2, problems: 2 }
			}),
			expect.objectContaining({
				outcome: 'success',
				user_id: researcher.userId,
				target_type: 'cases',
				// With the actors created for it and the citations it wrote.
				detail: {
					type: 'cases',
					country: countryId,
					rows: 1,
					problems: 0,
					actors: 0,
					citations: 0
				}
			})
		]);
		const listed = await listPage(db(), cases, new URLSearchParams('status=draft'));
		expect(listed.rows.map((r) => r.title)).toEqual(['Testland website blocked (fictional)']);
		const stored = await cases.get(db(), listed.rows[0]!.id);
		expect(stored.created_by).toBe(researcher.userId);
	});

	it('Markdown fields are previewed as sanitised HTML', async () => {
		const id = await saveEngagement({
			title: 'Testland hearing (fictional)',
			description: 'A **bold** claim <script>alert(1)</script> [link](javascript:alert(1))'
		});
		const form = await formFor(db(), engagements(), await engagements().get(db(), id));
		const [preview] = markdownPreviews(form.sections, form.values);
		expect(preview!.label).toBe('Description');
		expect(preview!.html).toContain('<strong>bold</strong>');
		// Typed HTML stays text, and the script link is no link.
		expect(preview!.html).not.toMatch(/<script|href="javascript:/);
		expect(preview!.html).toContain('&lt;script&gt;');
	});

	it('edits of a published record wait for review; only an editor withdraws it', async () => {
		const kind = engagements();
		const id = await saveEngagement({ title: 'Testland summit (fictional)', kind: 'summit' });
		const published = await kind.setStatus(db(), id, 1, 'published', editor.userId);
		const record = await kind.get(db(), id);
		expect(record.status).toBe('published');
		// Moving to the trash or removing published links withdraws public content: editors only.
		expect(mayChangeRecord(researcher, record)).toBe(false);
		expect(mayChangeRecord(editor, record)).toBe(true);
		expect(mayChangeRecord(researcher, { status: 'in_review' })).toBe(true);
		expect(published).toBeDefined();

		const fields = {
			title: 'Testland summit (fictional)',
			kind: 'summit',
			country_id: countryId,
			start: '2021-06',
			human_rights_clause: 'unknown',
			human_rights_raised: 'no',
			version: String(record.version)
		};
		for (const actor of [researcher, editor]) {
			const saved = await saveRecord(
				db(),
				kind,
				formOf({ ...fields, pending_version: actor === researcher ? '0' : '1' }),
				{ userId: actor.userId, id }
			);
			expect(saved).toMatchObject({ kind: 'saved', pending: true });
			// The published row, and so the public, is unchanged.
			expect((await getEngagement(db(), id)).human_rights_raised).toBe('unknown');
		}
		const form = await formFor(db(), kind, await kind.get(db(), id));
		expect(form.values.human_rights_raised).toBe('no');
		expect(form.pendingVersion).toBe(2);
	});
});
