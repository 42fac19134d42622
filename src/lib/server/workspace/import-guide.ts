import { m } from '$lib/paraglide/messages';
import { CASE_TYPES, VERIFICATION_LEVELS } from '$lib/domain/vocabulary';
import { IMPORT_COLUMNS, type ImportType } from './importing';

/*
 * The import page's column guide in the interface language: each column of a type with
 * whether it is required, what it holds (messages ws_imp_col_*) and, for a column taking one
 * of a list of codes, the codes. The CSV module's own help (in the English template) stays
 * as it is; the column names and codes are what the file holds, shown as code.
 */

export interface ColumnGuide {
	name: string;
	required: boolean;
	help: string;
	/** The codes the column takes, shown after the help. */
	values?: readonly string[];
}

const dated = (when: () => string) => () => `${when()} ${m.ws_imp_date_help()}`;
const naming = (names: () => string) => () => `${names()} ${m.ws_imp_new_actor_help()}`;

const HELP: Record<ImportType, Record<string, () => string>> = {
	cases: {
		title: m.ws_imp_col_case_title,
		case_type: m.ws_imp_one_of,
		start: dated(m.ws_imp_col_case_start),
		end: m.ws_imp_col_case_end,
		start_note: m.ws_imp_col_case_start_note,
		end_note: m.ws_imp_col_case_end_note,
		place: m.ws_imp_col_case_place,
		description: m.ws_imp_col_case_description,
		outcome: m.ws_imp_col_case_outcome,
		verification: m.ws_imp_one_of_default,
		themes: m.ws_imp_col_themes,
		affected_actors: naming(m.ws_imp_col_case_affected_actors),
		responsible_actors: naming(m.ws_imp_col_case_responsible_actors),
		laws: m.ws_imp_col_case_laws,
		sources: m.ws_imp_col_sources
	},
	pledges: {
		title: m.ws_imp_col_pledge_title,
		made: dated(m.ws_imp_col_pledge_made),
		made_note: m.ws_imp_col_pledge_made_note,
		promise: m.ws_imp_col_pledge_promise,
		made_by: naming(m.ws_imp_col_pledge_made_by),
		occasion: m.ws_imp_col_pledge_occasion,
		deadline: m.ws_imp_col_pledge_deadline,
		description: m.ws_imp_col_pledge_description,
		themes: m.ws_imp_col_themes,
		laws: m.ws_imp_col_pledge_laws,
		sources: m.ws_imp_col_sources
	}
};

const VALUES: Record<string, readonly string[]> = {
	case_type: CASE_TYPES,
	verification: VERIFICATION_LEVELS
};

/** The columns of a type as the import page explains them, in the interface language. */
export function importColumnGuide(type: ImportType): ColumnGuide[] {
	return IMPORT_COLUMNS[type].map((column) => {
		const help = HELP[type][column.name];
		if (!help)
			throw new Error(`The import guide has no words for the ${type} column ${column.name}.`);
		return {
			name: column.name,
			required: column.required,
			help: help(),
			...(VALUES[column.name] ? { values: VALUES[column.name] } : {})
		};
	});
}
