import { z } from 'zod';
import type { PreciseDate } from '../../dates.js';
import { toColumns } from '../../dates.js';
import { m } from '../../paraglide/messages.js';
import { CASE_TYPES, VERIFICATION_LEVELS } from '../db/schema.js';
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
import { choice, citationList, date, endDate, list, requiredText, text } from './fields.js';
import { importOperations, themeJoin, type ImportSpec } from './importer.js';
import {
	listCaseActorNames,
	listCaseLawTitles,
	listCasesForExport,
	listCitationNames,
	listLinkedTitles,
	listThemeSlugs
} from '../repositories/exports.js';
import { exporter, loadInChunks, namesOf } from './load.js';
import { actorReference, idsByColumn, referencesOnce, sourceReferences } from './references.js';
import { dateCell, exported, type ExportedRecord } from './write.js';

/* Cases in and out of CSV (and JSON for export). */

export const CASE_COLUMNS: readonly CsvColumn[] = [
	{
		name: 'title',
		required: true,
		help: 'What happened, in a short line.',
		example: 'Fictional case: a regional newspaper website blocked'
	},
	{
		name: 'case_type',
		required: true,
		help: `One of: ${CASE_TYPES.join(', ')}.`,
		example: 'website_blocking'
	},
	{ name: 'start', required: false, help: `When it began. ${DATE_HELP}`, example: '2021-05' },
	{
		name: 'end',
		required: false,
		help: 'When it ended, in the same forms, or "ongoing".',
		example: 'ongoing'
	},
	{
		name: 'start_note',
		required: false,
		help: 'Why the start date is approximate or derived, if it is.',
		example: ''
	},
	{
		name: 'end_note',
		required: false,
		help: 'Why the end date is approximate or derived, if it is.',
		example: ''
	},
	{ name: 'place', required: false, help: 'Where it happened.', example: 'Testville (fictional)' },
	{
		name: 'description',
		required: false,
		help: 'What the sources say happened (Markdown).',
		example: 'Generated example: the site of a fictional newspaper became unreachable.'
	},
	{ name: 'outcome', required: false, help: 'How it ended or stands.', example: '' },
	{
		name: 'verification',
		required: false,
		help: `One of: ${VERIFICATION_LEVELS.join(', ')} (reported when empty).`,
		example: 'reported'
	},
	{
		name: 'themes',
		required: false,
		help: `Theme slugs, separated by "${LIST_SEPARATOR}".`,
		example: 'expression;media'
	},
	{
		name: 'affected_actors',
		required: false,
		help: `Names of actors it happened to, separated by "${LIST_SEPARATOR}". ${NEW_ACTOR_HELP}`,
		example: 'Testland Daily (fictional)'
	},
	{
		name: 'responsible_actors',
		required: false,
		help: `Names of actors responsible, separated by "${LIST_SEPARATOR}". ${NEW_ACTOR_HELP}`,
		example: ''
	},
	{
		name: 'laws',
		required: false,
		help: `Titles of laws applied, separated by "${LIST_SEPARATOR}"; they must exist.`,
		example: ''
	},
	SOURCES_COLUMN
];

const EXPORT_ONLY = exportOnly('start_precision', 'end_precision', 'citations', 'pledges');

export const CASE_EXPORT_COLUMNS = [
	...EXPORT_HEAD,
	'case_type',
	'start',
	'start_precision',
	'start_note',
	'end',
	'end_precision',
	'end_note',
	'place',
	'description',
	'outcome',
	'verification',
	'themes',
	'affected_actors',
	'responsible_actors',
	'laws',
	'citations',
	'pledges',
	...EXPORT_TAIL
] as const;

const caseRow = z.object({
	title: requiredText(m.ws_imp_err_title_required),
	case_type: choice(CASE_TYPES),
	start: date(false),
	end: endDate(),
	start_note: text(1000),
	end_note: text(1000),
	place: text(500),
	description: text(),
	outcome: text(),
	verification: choice(VERIFICATION_LEVELS, 'reported'),
	themes: list(),
	affected_actors: list(),
	responsible_actors: list(),
	laws: list(),
	sources: citationList()
});
type CaseRow = z.output<typeof caseRow>;

const caseReferences = referencesOnce((row: CaseRow) => [
	...row.themes.map((name) => ({ kind: 'theme' as const, column: 'themes', name })),
	...row.affected_actors.map((name) => actorReference('affected_actors', name)),
	...row.responsible_actors.map((name) => actorReference('responsible_actors', name)),
	...row.laws.map((name) => ({ kind: 'law' as const, column: 'laws', name })),
	...sourceReferences('sources', row.sources)
]);

function withNote(date: PreciseDate | null, note: string): PreciseDate | null {
	return date ? { ...date, note } : null;
}

const CASE_IMPORT: ImportSpec<CaseRow> = {
	type: 'case',
	columns: CASE_COLUMNS,
	ignored: EXPORT_ONLY,
	schema: caseRow,
	references: caseReferences,
	check(row) {
		const from = row.start?.earliest;
		const to = row.end.date?.latest;
		return from && to && to < from
			? [{ column: 'end', message: m.ws_imp_err_end_before_start() }]
			: [];
	},
	build(row, { id, countryId, ref }) {
		const ids = idsByColumn(caseReferences(row), ref);
		const actors = [
			...ids('affected_actors').map((actor_id) => ({
				actor_id,
				role: 'affected' as const,
				note: ''
			})),
			...ids('responsible_actors').map((actor_id) => ({
				actor_id,
				role: 'responsible' as const,
				note: ''
			}))
		];
		const laws = ids('laws').map((law_id) => ({ law_id, note: '' }));
		const themeIds = ids('themes');
		return {
			row: {
				country_id: countryId,
				title: row.title,
				case_type: row.case_type,
				description: row.description,
				...toColumns('start', withNote(row.start, row.start_note)),
				...toColumns('end', withNote(row.end.date, row.end_note)),
				ongoing: row.end.ongoing ? 1 : 0,
				place: row.place,
				outcome: row.outcome,
				verification: row.verification
			},
			joins: [
				{ table: 'case_actors', rows: actors.map((a) => ({ case_id: id, ...a })) },
				{ table: 'case_laws', rows: laws.map((l) => ({ case_id: id, ...l })) },
				themeJoin('case', id, themeIds)
			],
			related: { actors, laws, theme_ids: themeIds }
		};
	},
	summary(row) {
		const when = row.start ? row.start.text : 'date not known';
		return {
			title: row.title,
			details: `${row.case_type}, ${when}${row.end.ongoing ? ', ongoing' : ''}`
		};
	}
};

const imports = importOperations(CASE_IMPORT);

/** What importing the file would do, row by row, without writing anything. */
export const previewCaseImport = imports.preview;
/** Creates every case in the file as a draft by `userId`, or none: throws CsvImportError naming the rows at fault. */
export const importCases = imports.run;
export const caseTemplate = imports.template;

export interface CaseExport extends ExportedRecord {
	case_type: string;
	start: { text: string; precision: string; note: string } | null;
	end: { text: string; precision: string; note: string } | null;
	ongoing: boolean;
	place: string;
	description: string;
	outcome: string;
	verification: string;
	themes: string[];
	affected_actors: string[];
	responsible_actors: string[];
	laws: string[];
	/** "source title (locator)" for each citation. */
	citations: string[];
	/** Titles of the pledges the case contradicts or supports. */
	pledges: string[];
}

async function loadCases(db: Executor, ids: string[]): Promise<CaseExport[]> {
	return loadInChunks(ids, async (chunk) => {
		const [cases, actors, laws, themes, citations, pledges] = await Promise.all([
			listCasesForExport(db, chunk),
			listCaseActorNames(db, chunk),
			listCaseLawTitles(db, chunk),
			listThemeSlugs(db, 'case', chunk),
			listCitationNames(db, 'case', chunk),
			listLinkedTitles(db, 'case', chunk)
		]);
		return cases.map((c) =>
			exported(c, {
				case_type: c.case_type,
				start:
					c.start_text && c.start_precision
						? { text: c.start_text, precision: c.start_precision, note: c.start_note }
						: null,
				end:
					c.end_text && c.end_precision
						? { text: c.end_text, precision: c.end_precision, note: c.end_note }
						: null,
				ongoing: c.ongoing === 1,
				place: c.place,
				description: c.description,
				outcome: c.outcome,
				verification: c.verification,
				themes: namesOf(themes, c.id),
				affected_actors: namesOf(
					actors.filter((a) => a.role === 'affected'),
					c.id
				),
				responsible_actors: namesOf(
					actors.filter((a) => a.role === 'responsible'),
					c.id
				),
				laws: namesOf(laws, c.id),
				citations: namesOf(citations, c.id),
				pledges: namesOf(pledges, c.id)
			})
		);
	});
}

function caseCells(c: CaseExport): Record<(typeof CASE_EXPORT_COLUMNS)[number], string> {
	return exported(c, {
		case_type: c.case_type,
		start: dateCell(c.start?.text ?? null, c.start?.precision ?? null),
		start_precision: c.start?.precision ?? '',
		start_note: c.start?.note ?? '',
		end: c.ongoing ? 'ongoing' : dateCell(c.end?.text ?? null, c.end?.precision ?? null),
		end_precision: c.end?.precision ?? '',
		end_note: c.end?.note ?? '',
		place: c.place,
		description: c.description,
		outcome: c.outcome,
		verification: c.verification,
		themes: c.themes.join(LIST_SEPARATOR),
		affected_actors: c.affected_actors.join(LIST_SEPARATOR),
		responsible_actors: c.responsible_actors.join(LIST_SEPARATOR),
		laws: c.laws.join(LIST_SEPARATOR),
		citations: c.citations.join(LIST_SEPARATOR),
		pledges: c.pledges.join(LIST_SEPARATOR)
	});
}

/**
 * The cases a workspace list shows (same filters as search, default oldest first), as CSV
 * with CASE_EXPORT_COLUMNS or as a JSON array of CaseExport. Staff only: it holds drafts and
 * real names of at-risk actors.
 */
export const exportCases = exporter('case', loadCases, CASE_EXPORT_COLUMNS, caseCells);
