import { z } from 'zod';
import { toColumns } from '../../dates.js';
import { m } from '../../paraglide/messages.js';
import type { Executor } from '../repositories/records.js';
import {
	NEW_ACTOR_HELP,
	DATE_HELP,
	EXPORT_HEAD,
	EXPORT_TAIL,
	exportOnly,
	LIST_SEPARATOR,
	SOURCES_COLUMN,
	type CsvColumn
} from './column-spec.js';
import { citationList, date, day, list, requiredText, text } from './fields.js';
import { importOperations, themeJoin, type ImportSpec } from './importer.js';
import {
	listCitationNames,
	listLinkedTitles,
	listPledgeLawTitles,
	listPledgesForExport,
	listThemeSlugs
} from '../repositories/exports.js';
import { exporter, loadInChunks, namesOf } from './load.js';
import { actorReference, idsByColumn, referencesOnce, sourceReferences } from './references.js';
import { dateCell, exported, type ExportedRecord } from './write.js';

/*
 * Pledges in and out of CSV. A pledge's rating is a dated assessment with a rationale, so an
 * import creates pledges only (not yet rated); an export shows the current rating.
 */

export const PLEDGE_COLUMNS: readonly CsvColumn[] = [
	{
		name: 'title',
		required: true,
		help: 'The promise, in a short line.',
		example: 'Fictional pledge: reform the law on peaceful assembly'
	},
	{ name: 'made', required: true, help: `When it was made. ${DATE_HELP}`, example: '2021-11' },
	{
		name: 'made_note',
		required: false,
		help: 'Why the date is approximate or derived, if it is.',
		example: ''
	},
	{
		name: 'promise',
		required: false,
		help: 'What exactly was promised, as the source words it.',
		example: 'Generated example: to reform assembly rules in Testland.'
	},
	{
		name: 'made_by',
		required: false,
		help: `Name of the actor who made it. ${NEW_ACTOR_HELP}`,
		example: 'Testland Daily (fictional)'
	},
	{
		name: 'occasion',
		required: false,
		help: 'Where or when it was said.',
		example: 'A fictional speech'
	},
	{
		name: 'deadline',
		required: false,
		help: 'The day it was to be kept by, as 2024-12-31, if one was set.',
		example: ''
	},
	{ name: 'description', required: false, help: 'Context (Markdown).', example: '' },
	{
		name: 'themes',
		required: false,
		help: `Theme slugs, separated by "${LIST_SEPARATOR}".`,
		example: 'assembly'
	},
	{
		name: 'laws',
		required: false,
		help: `Titles of laws it promises to change, separated by "${LIST_SEPARATOR}".`,
		example: ''
	},
	SOURCES_COLUMN
];

const EXPORT_ONLY = exportOnly('made_precision', 'rating', 'citations', 'cases');

export const PLEDGE_EXPORT_COLUMNS = [
	...EXPORT_HEAD,
	'made',
	'made_precision',
	'made_note',
	'promise',
	'made_by',
	'occasion',
	'deadline',
	'description',
	'themes',
	'laws',
	'rating',
	'citations',
	'cases',
	...EXPORT_TAIL
] as const;

const pledgeRow = z.object({
	title: requiredText(m.ws_imp_err_title_required),
	made: date(true),
	made_note: text(1000),
	promise: text(),
	made_by: text(500),
	occasion: text(500),
	deadline: day(),
	description: text(),
	themes: list(),
	laws: list(),
	sources: citationList()
});
type PledgeRow = z.output<typeof pledgeRow>;

const pledgeReferences = referencesOnce((row: PledgeRow) => [
	...(row.made_by ? [actorReference('made_by', row.made_by)] : []),
	...row.themes.map((name) => ({ kind: 'theme' as const, column: 'themes', name })),
	...row.laws.map((name) => ({ kind: 'law' as const, column: 'laws', name })),
	...sourceReferences('sources', row.sources)
]);

const PLEDGE_IMPORT: ImportSpec<PledgeRow> = {
	type: 'pledge',
	columns: PLEDGE_COLUMNS,
	ignored: EXPORT_ONLY,
	schema: pledgeRow,
	references: pledgeReferences,
	check(row) {
		const made = row.made?.earliest;
		return made && row.deadline && row.deadline < made
			? [{ column: 'deadline', message: m.ws_imp_err_deadline_before_made() }]
			: [];
	},
	build(row, { id, countryId, ref }) {
		const ids = idsByColumn(pledgeReferences(row), ref);
		const lawIds = ids('laws');
		const themeIds = ids('themes');
		// `made` is required, so the schema has already refused a row without it.
		const made = row.made ? { ...row.made, note: row.made_note } : null;
		return {
			row: {
				country_id: countryId,
				title: row.title,
				promise: row.promise,
				made_by_actor_id: ids('made_by')[0] ?? null,
				occasion: row.occasion,
				engagement_id: null,
				...toColumns('made', made),
				deadline: row.deadline,
				description: row.description
			},
			joins: [
				{ table: 'pledge_laws', rows: lawIds.map((law_id) => ({ pledge_id: id, law_id })) },
				themeJoin('pledge', id, themeIds)
			],
			related: { law_ids: lawIds, theme_ids: themeIds }
		};
	},
	summary(row) {
		return { title: row.title, details: row.made ? row.made.text : '' };
	}
};

const imports = importOperations(PLEDGE_IMPORT);

export const previewPledgeImport = imports.preview;
/** Creates every pledge in the file as a draft by `userId`, or none (CsvImportError). */
export const importPledges = imports.run;
export const pledgeTemplate = imports.template;

export interface PledgeExport extends ExportedRecord {
	made: { text: string; precision: string; note: string };
	promise: string;
	made_by: string | null;
	occasion: string;
	deadline: string | null;
	description: string;
	themes: string[];
	laws: string[];
	/** The latest assessment not in the trash; not_yet_rated without one. */
	rating: string;
	/** "source title (locator)" for each citation. */
	citations: string[];
	/** Titles of the cases that contradict or support the pledge. */
	cases: string[];
}

async function loadPledges(db: Executor, ids: string[]): Promise<PledgeExport[]> {
	return loadInChunks(ids, async (chunk) => {
		const [pledges, laws, themes, citations, cases] = await Promise.all([
			listPledgesForExport(db, chunk),
			listPledgeLawTitles(db, chunk),
			listThemeSlugs(db, 'pledge', chunk),
			listCitationNames(db, 'pledge', chunk),
			listLinkedTitles(db, 'pledge', chunk)
		]);
		return pledges.map((p) =>
			exported(p, {
				made: { text: p.made_text, precision: p.made_precision, note: p.made_note },
				promise: p.promise,
				made_by: p.made_by,
				occasion: p.occasion,
				deadline: p.deadline,
				description: p.description,
				themes: namesOf(themes, p.id),
				laws: namesOf(laws, p.id),
				rating: p.rating ?? 'not_yet_rated',
				citations: namesOf(citations, p.id),
				cases: namesOf(cases, p.id)
			})
		);
	});
}

function pledgeCells(p: PledgeExport): Record<(typeof PLEDGE_EXPORT_COLUMNS)[number], string> {
	return exported(p, {
		made: dateCell(p.made.text, p.made.precision),
		made_precision: p.made.precision,
		made_note: p.made.note,
		promise: p.promise,
		made_by: p.made_by ?? '',
		occasion: p.occasion,
		deadline: p.deadline ?? '',
		description: p.description,
		themes: p.themes.join(LIST_SEPARATOR),
		laws: p.laws.join(LIST_SEPARATOR),
		rating: p.rating,
		citations: p.citations.join(LIST_SEPARATOR),
		cases: p.cases.join(LIST_SEPARATOR)
	});
}

/** The pledges a workspace list shows (search filters, oldest first) as CSV or JSON. Staff only. */
export const exportPledges = exporter('pledge', loadPledges, PLEDGE_EXPORT_COLUMNS, pledgeCells);
