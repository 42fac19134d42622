import { exportCases, exportPledges, type ExportFormat } from '$lib/server/csv';
import { citationName } from '$lib/server/repositories/exports';
import { toCsv } from '$lib/server/csv/write';
import type { Executor } from '$lib/server/repositories/records';
import { allFields, type FieldSpec, type FormValue } from '$lib/workspace/form';
import { loadCitationViews } from './citation-service';
import { formContext, withLabels } from './context';
import type { WorkspaceKind } from './kinds/types';
import { loadLinkViews } from './link-service';
import { listAllIds, readListQuery, searchOptionsFor } from './list-page';
import { currentTime } from '../clock.js';

/*
 * A workspace list as a file: every record the list's query finds (not only its page), as
 * CSV or JSON. Cases and pledges use the CSV module's columns, which its importer reads back;
 * the other types export their form's fields, picked records by name, and their links and
 * citations as the record page lists them. Staff only: the files
 * hold drafts, internal notes and the real names of at-risk people.
 */

export interface ExportFile {
	body: string;
	contentType: string;
	filename: string;
	count: number;
}

/* Picked records and chosen options go out by name, as a reader of the file needs them. */
function cell(field: FieldSpec | undefined, value: FormValue | undefined): string {
	if (Array.isArray(value)) return value.map((p) => p.label).join('; ');
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (field?.kind === 'select') return field.options.find((o) => o.value === value)?.label ?? '';
	return value ?? '';
}

async function exportFields(
	db: Executor,
	kind: WorkspaceKind,
	ids: string[],
	format: ExportFormat
): Promise<string> {
	const sections = kind.sections(await formContext(db));
	const fields = new Map(allFields(sections).map((f) => [f.name, f]));
	const names = [...fields.values()].flatMap((f) =>
		f.kind === 'date' ? [f.name, `${f.name}_note`] : [f.name]
	);
	const header = ['id', 'status', ...names, 'links', 'citations', 'created_at', 'updated_at'];
	const rows: Record<string, string>[] = [];
	for (const id of ids) {
		const record = await kind.get(db, id);
		const values = await withLabels(db, sections, kind.toValues(record));
		const links = await loadLinkViews(db, kind.type, id);
		const citations = await loadCitationViews(db, kind.type, id);
		rows.push({
			id: record.id,
			status: record.status,
			...Object.fromEntries(names.map((n) => [n, cell(fields.get(n), values[n])])),
			// "Made for: Visit to Brussels", "Source title (p. 4)", as the record page reads them.
			links: links.map((l) => `${l.label}: ${l.otherTitle}`).join('; '),
			citations: citations.map((c) => citationName(c.sourceTitle, c.locator)).join('; '),
			created_at: record.created_at,
			updated_at: record.updated_at
		});
	}
	return format === 'json' ? JSON.stringify(rows, null, 2) : toCsv(header, rows);
}

export async function exportList(
	db: Executor,
	kind: WorkspaceKind,
	params: URLSearchParams,
	format: ExportFormat
): Promise<ExportFile> {
	const options = searchOptionsFor(kind, readListQuery(params));
	const ids = await listAllIds(db, kind, params);
	const body =
		kind.type === 'case'
			? await exportCases(db, options, format)
			: kind.type === 'pledge'
				? await exportPledges(db, options, format)
				: await exportFields(db, kind, ids, format);
	const day = currentTime().toISOString().slice(0, 10);
	return {
		body,
		contentType: format === 'json' ? 'application/json' : 'text/csv; charset=utf-8',
		filename: `pledgewatch-${kind.slug}-${day}.${format}`,
		count: ids.length
	};
}
