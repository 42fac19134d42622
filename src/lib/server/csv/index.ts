/* CSV import and export for the workspace: see case-csv.ts and pledge-csv.ts. */

export {
	CASE_COLUMNS,
	CASE_EXPORT_COLUMNS,
	caseTemplate,
	exportCases,
	importCases,
	previewCaseImport,
	type CaseExport
} from './case-csv.js';
export {
	PLEDGE_COLUMNS,
	PLEDGE_EXPORT_COLUMNS,
	exportPledges,
	importPledges,
	pledgeTemplate,
	previewPledgeImport,
	type PledgeExport
} from './pledge-csv.js';
export type { CsvColumn } from './column-spec.js';
export { CsvImportError, describeError, type RowError } from './import-errors.js';
export type { ImportPreview, ImportResult } from './importer.js';
export type { ExportFormat } from './write.js';
