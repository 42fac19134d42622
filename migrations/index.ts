import type { Migration } from 'kysely';
import * as m0001 from './0001_domain.js';
import * as m0002 from './0002_accounts.js';
import * as m0003 from './0003_search.js';
import * as m0004 from './0004_pending_changes.js';
import * as m0005 from './0005_revision_notes.js';
import * as m0006 from './0006_made_for_links.js';
import * as m0007 from './0007_published_cases_index.js';
import * as m0008 from './0008_briefing_packs_issue.js';
import * as m0010 from './0010_public_span_indexes.js';
import * as m0012 from './0012_interface_language.js';
import * as m0013 from './0013_translations.js';
import * as m0014 from './0014_public_recent_indexes.js';
import * as m0015 from './0015_timeline_spans.js';
import * as m0016 from './0016_public_figure_indexes.js';
import * as m0017 from './0017_timeline_lane_months.js';
import * as m0018 from './0018_public_count_indexes.js';
import * as m0019 from './0019_country_figures.js';
import * as m0020 from './0020_timeline_read_indexes.js';
import * as m0021 from './0021_prisoner_order_index.js';
import * as m0022 from './0022_timeline_lane_years.js';

/**
 * Every migration, in order. Listed by hand rather than read from the folder so the
 * built server (which bundles this file) and the `npm run migrate` script see the same set.
 * Add a new migration here with the next number; never edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
	'0001_domain': m0001,
	'0002_accounts': m0002,
	'0003_search': m0003,
	'0004_pending_changes': m0004,
	'0005_revision_notes': m0005,
	'0006_made_for_links': m0006,
	'0007_published_cases_index': m0007,
	'0008_briefing_packs_issue': m0008,
	'0010_public_span_indexes': m0010,
	'0012_interface_language': m0012,
	'0013_translations': m0013,
	'0014_public_recent_indexes': m0014,
	'0015_timeline_spans': m0015,
	'0016_public_figure_indexes': m0016,
	'0017_timeline_lane_months': m0017,
	'0018_public_count_indexes': m0018,
	'0019_country_figures': m0019,
	'0020_timeline_read_indexes': m0020,
	'0021_prisoner_order_index': m0021,
	'0022_timeline_lane_years': m0022
};
