/* CSV import and export for the workspace: see cases.ts and pledges.ts. */

export {
	CASE_COLUMNS,
	CASE_EXPORT_COLUMNS,
	caseTemplate,
	exportCases,
	importCases,
	previewCaseImport,
	type CaseExport
} from './cases.js';
export {
	PLEDGE_COLUMNS,
	PLEDGE_EXPORT_COLUMNS,
	exportPledges,
	importPledges,
	pledgeTemplate,
	previewPledgeImport,
	type PledgeExport
} from './pledges.js';
export type { CsvColumn } from './columns.js';
export { CsvImportError, describeError, type RowError } from './errors.js';
export type { ImportPreview, ImportResult } from './importer.js';
export type { ExportFormat } from './write.js';
