import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

/*
 * The whole domain schema, portable to SQLite and PostgreSQL.
 *
 * Frozen in time: this file imports nothing from src/, so later changes to the app's
 * types can never change what this migration does.
 *
 * Portable choices:
 * - ids are text (random UUIDs made by the app), so they cannot be guessed or counted;
 * - timestamps are ISO-8601 UTC text ("2021-11-25T09:00:00.000Z"), which sorts correctly as text;
 * - booleans are integers 0/1 (better-sqlite3 cannot bind JavaScript booleans);
 * - a date with precision is five columns: the text the source supports ("2021", "2021-05",
 *   "2021-05-12"), its precision, the earliest and latest day it could be ("YYYY-MM-DD", used
 *   to sort and filter), and a note ("from a five-year sentence ending February 2021").
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Table = CreateTableBuilder<any, any>;

const now = sql`CURRENT_TIMESTAMP`;

/** Columns every workflow record carries: authorship, workflow state, version, trash. */
function recordColumns(t: Table): Table {
	return t
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('draft')
				.check(sql`status in ('draft', 'in_review', 'published')`)
		)
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('internal_notes', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('published_at', 'text')
		.addColumn('published_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('deleted_at', 'text')
		.addColumn('deleted_by', 'text', (c) => c.references('users.id').onDelete('set null'));
}

/** A date with precision under a column prefix; `required` makes the text and precision mandatory. */
function datedColumns(t: Table, prefix: string, required: boolean): Table {
	const precisions = sql.raw(`${prefix}_precision in ('day', 'month', 'year', 'range', 'before')`);
	return t
		.addColumn(`${prefix}_text`, 'text', (c) => (required ? c.notNull() : c))
		.addColumn(`${prefix}_precision`, 'text', (c) =>
			required ? c.notNull().check(precisions) : c.check(precisions)
		)
		.addColumn(`${prefix}_earliest`, 'text')
		.addColumn(`${prefix}_latest`, 'text')
		.addColumn(`${prefix}_note`, 'text', (c) => c.notNull().defaultTo(''));
}

function inList(column: string, values: readonly string[]) {
	return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

const ROLES = ['viewer', 'researcher', 'editor', 'admin'] as const;
const ACTOR_KINDS = [
	'person',
	'group',
	'party',
	'media',
	'ngo',
	'trade_union',
	'state_body',
	'court',
	'international_body',
	'company'
] as const;
const LAW_STATUSES = ['draft', 'in_force', 'amended', 'repealed'] as const;
const RATINGS = [
	'not_yet_rated',
	'in_the_works',
	'stalled',
	'kept',
	'compromise',
	'broken'
] as const;
const CASE_TYPES = [
	'party_ban',
	'website_blocking',
	'imprisonment',
	'detention',
	'prosecution',
	'criminal_investigation',
	'assembly_dispersal',
	'registration_denial',
	'activity_restriction',
	'other'
] as const;
const VERIFICATION = ['reported', 'corroborated', 'verified'] as const;
const ENGAGEMENT_KINDS = [
	'agreement',
	'resolution',
	'summit',
	'visit',
	'dialogue',
	'statement',
	'sanction',
	'funding'
] as const;
const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
const ASK_STATUSES = ['open', 'raised', 'acted_on', 'ignored'] as const;
const LINK_KINDS = [
	'contradicted_by',
	'supported_by',
	'made_at',
	'raised_at',
	'related_to'
] as const;
const RECORD_TYPES = [
	'country',
	'actor',
	'theme',
	'law',
	'pledge',
	'assessment',
	'case',
	'engagement',
	'ask',
	'source',
	'briefing'
] as const;
const SOURCE_KINDS = [
	'report',
	'article',
	'opinion',
	'court_document',
	'official_statement',
	'interview',
	'social_media'
] as const;
const RELIABILITY = ['high', 'medium', 'low', 'unknown'] as const;

export async function up(db: AnyDb): Promise<void> {
	// --- accounts -------------------------------------------------------------------------
	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull().check(inList('role', ROLES)))
		.addColumn('password_hash', 'text')
		.addColumn('totp_key', 'text')
		.addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('totp_last_step', 'integer')
		.addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('secret_hash', 'text', (c) => c.notNull())
		.addColumn('two_factor_verified', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_renewed_at', 'text', (c) => c.notNull())
		.addColumn('idle_expires_at', 'text', (c) => c.notNull())
		.addColumn('absolute_expires_at', 'text', (c) => c.notNull())
		.addColumn('ip', 'text')
		.addColumn('user_agent', 'text')
		.execute();
	await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

	await db.schema
		.createTable('recovery_codes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('code_hash', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('recovery_codes_user_idx')
		.on('recovery_codes')
		.column('user_id')
		.execute();

	await db.schema
		.createTable('invites')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull().check(inList('role', ROLES)))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('used_at', 'text')
		.addColumn('used_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('revoked_at', 'text')
		.execute();

	// Throttle counters live in the database so limits hold across restarts and instances.
	await db.schema
		.createTable('throttle_buckets')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('window_started_at', 'text', (c) => c.notNull())
		.addColumn('blocked_until', 'text')
		.execute();

	// Append-only: no code path updates or deletes these rows.
	await db.schema
		.createTable('audit_events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('occurred_at', 'text', (c) => c.notNull())
		.addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('actor_email', 'text')
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('outcome', 'text', (c) => c.notNull().defaultTo('success'))
		.addColumn('target_type', 'text')
		.addColumn('target_id', 'text')
		.addColumn('ip', 'text')
		.addColumn('user_agent', 'text')
		.addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
		.execute();
	await db.schema
		.createIndex('audit_events_time_idx')
		.on('audit_events')
		.column('occurred_at')
		.execute();

	await db.schema
		.createTable('settings')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('value', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.execute();

	// --- reference records ------------------------------------------------------------------
	await db.schema
		.createTable('countries')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('is_fictional', 'integer', (c) => c.notNull().defaultTo(0))
		.$call(recordColumns)
		.execute();

	await db.schema
		.createTable('themes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('instrument', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('article', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.$call(recordColumns)
		.execute();

	await db.schema
		.createTable('actors')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('country_id', 'text', (c) => c.references('countries.id').onDelete('restrict'))
		.addColumn('kind', 'text', (c) => c.notNull().check(inList('kind', ACTOR_KINDS)))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('at_risk', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('public_pseudonym', 'text')
		.$call(recordColumns)
		.addCheckConstraint(
			'actors_at_risk_pseudonym',
			sql`at_risk = 0 or (public_pseudonym is not null and public_pseudonym <> '')`
		)
		.execute();
	await db.schema.createIndex('actors_country_idx').on('actors').column('country_id').execute();

	await db.schema
		.createTable('laws')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('country_id', 'text', (c) =>
			c.notNull().references('countries.id').onDelete('restrict')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('reference', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('law_status', 'text', (c) => c.notNull().check(inList('law_status', LAW_STATUSES)))
		.$call((t) => datedColumns(t, 'dated', false))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.$call(recordColumns)
		.execute();
	await db.schema.createIndex('laws_country_idx').on('laws').column('country_id').execute();

	await db.schema
		.createTable('sources')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('authors', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('publisher', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('kind', 'text', (c) => c.notNull().check(inList('kind', SOURCE_KINDS)))
		.$call((t) => datedColumns(t, 'published', false))
		.addColumn('captured_on', 'text')
		.addColumn('url', 'text')
		.addColumn('archive_url', 'text')
		.addColumn('reliability', 'text', (c) =>
			c.notNull().defaultTo('unknown').check(inList('reliability', RELIABILITY))
		)
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.$call(recordColumns)
		.execute();

	// --- what was promised ------------------------------------------------------------------
	await db.schema
		.createTable('engagements')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('country_id', 'text', (c) =>
			c.notNull().references('countries.id').onDelete('restrict')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(inList('kind', ENGAGEMENT_KINDS)))
		.addColumn('eu_actors', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('counterparts', 'text', (c) => c.notNull().defaultTo(''))
		.$call((t) => datedColumns(t, 'start', true))
		.$call((t) => datedColumns(t, 'end', false))
		.addColumn('human_rights_clause', 'text', (c) =>
			c.notNull().defaultTo('unknown').check(inList('human_rights_clause', YES_NO_UNKNOWN))
		)
		.addColumn('human_rights_raised', 'text', (c) =>
			c.notNull().defaultTo('unknown').check(inList('human_rights_raised', YES_NO_UNKNOWN))
		)
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.$call(recordColumns)
		.execute();
	await db.schema
		.createIndex('engagements_country_idx')
		.on('engagements')
		.columns(['country_id', 'start_earliest'])
		.execute();

	await db.schema
		.createTable('pledges')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('country_id', 'text', (c) =>
			c.notNull().references('countries.id').onDelete('restrict')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('promise', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('made_by_actor_id', 'text', (c) => c.references('actors.id').onDelete('set null'))
		.addColumn('occasion', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('engagement_id', 'text', (c) => c.references('engagements.id').onDelete('set null'))
		.$call((t) => datedColumns(t, 'made', true))
		.addColumn('deadline', 'text')
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.$call(recordColumns)
		.execute();
	await db.schema
		.createIndex('pledges_country_idx')
		.on('pledges')
		.columns(['country_id', 'made_earliest'])
		.execute();

	// A rating change is a dated assessment; the current rating is the latest one.
	await db.schema
		.createTable('pledge_assessments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('pledge_id', 'text', (c) => c.notNull().references('pledges.id').onDelete('cascade'))
		.addColumn('rating', 'text', (c) => c.notNull().check(inList('rating', RATINGS)))
		.addColumn('assessed_on', 'text', (c) => c.notNull())
		.addColumn('rationale', 'text', (c) => c.notNull())
		.$call(recordColumns)
		.execute();
	await db.schema
		.createIndex('pledge_assessments_pledge_idx')
		.on('pledge_assessments')
		.columns(['pledge_id', 'assessed_on'])
		.execute();

	// --- what happened ----------------------------------------------------------------------
	await db.schema
		.createTable('cases')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('country_id', 'text', (c) =>
			c.notNull().references('countries.id').onDelete('restrict')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('case_type', 'text', (c) => c.notNull().check(inList('case_type', CASE_TYPES)))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.$call((t) => datedColumns(t, 'start', false))
		.$call((t) => datedColumns(t, 'end', false))
		.addColumn('ongoing', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('verification', 'text', (c) =>
			c.notNull().defaultTo('reported').check(inList('verification', VERIFICATION))
		)
		.$call(recordColumns)
		.execute();
	await db.schema
		.createIndex('cases_country_idx')
		.on('cases')
		.columns(['country_id', 'start_earliest'])
		.execute();
	await db.schema.createIndex('cases_type_idx').on('cases').column('case_type').execute();

	await db.schema
		.createTable('case_actors')
		.addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
		.addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('affected', 'responsible')`))
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addPrimaryKeyConstraint('case_actors_pk', ['case_id', 'actor_id', 'role'])
		.execute();
	await db.schema
		.createIndex('case_actors_actor_idx')
		.on('case_actors')
		.column('actor_id')
		.execute();

	await db.schema
		.createTable('case_laws')
		.addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
		.addColumn('law_id', 'text', (c) => c.notNull().references('laws.id').onDelete('cascade'))
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addPrimaryKeyConstraint('case_laws_pk', ['case_id', 'law_id'])
		.execute();
	await db.schema.createIndex('case_laws_law_idx').on('case_laws').column('law_id').execute();

	await db.schema
		.createTable('pledge_laws')
		.addColumn('pledge_id', 'text', (c) => c.notNull().references('pledges.id').onDelete('cascade'))
		.addColumn('law_id', 'text', (c) => c.notNull().references('laws.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('pledge_laws_pk', ['pledge_id', 'law_id'])
		.execute();

	// --- what the EU was asked to do --------------------------------------------------------
	await db.schema
		.createTable('asks')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('country_id', 'text', (c) =>
			c.notNull().references('countries.id').onDelete('restrict')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('recommendation', 'text', (c) => c.notNull())
		.addColumn('addressed_to', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('made_where', 'text', (c) => c.notNull().defaultTo(''))
		.$call((t) => datedColumns(t, 'made', false))
		.addColumn('ask_status', 'text', (c) =>
			c.notNull().defaultTo('open').check(inList('ask_status', ASK_STATUSES))
		)
		.$call(recordColumns)
		.execute();
	await db.schema.createIndex('asks_country_idx').on('asks').column('country_id').execute();

	// Themes attach to pledges, cases and asks through one table.
	await db.schema
		.createTable('record_themes')
		.addColumn('record_type', 'text', (c) =>
			c.notNull().check(sql`record_type in ('pledge', 'case', 'ask', 'law')`)
		)
		.addColumn('record_id', 'text', (c) => c.notNull())
		.addColumn('theme_id', 'text', (c) => c.notNull().references('themes.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('record_themes_pk', ['record_type', 'record_id', 'theme_id'])
		.execute();
	await db.schema
		.createIndex('record_themes_theme_idx')
		.on('record_themes')
		.column('theme_id')
		.execute();

	// EU and counterpart actors of an engagement.
	await db.schema
		.createTable('engagement_actors')
		.addColumn('engagement_id', 'text', (c) =>
			c.notNull().references('engagements.id').onDelete('cascade')
		)
		.addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
		.addColumn('side', 'text', (c) => c.notNull().check(sql`side in ('eu', 'counterpart')`))
		.addPrimaryKeyConstraint('engagement_actors_pk', ['engagement_id', 'actor_id'])
		.execute();

	// --- typed links and citations ------------------------------------------------------------
	await db.schema
		.createTable('links')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('kind', 'text', (c) => c.notNull().check(inList('kind', LINK_KINDS)))
		.addColumn('from_type', 'text', (c) => c.notNull().check(inList('from_type', RECORD_TYPES)))
		.addColumn('from_id', 'text', (c) => c.notNull())
		.addColumn('to_type', 'text', (c) => c.notNull().check(inList('to_type', RECORD_TYPES)))
		.addColumn('to_id', 'text', (c) => c.notNull())
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addUniqueConstraint('links_unique', ['kind', 'from_type', 'from_id', 'to_type', 'to_id'])
		.execute();
	await db.schema
		.createIndex('links_from_idx')
		.on('links')
		.columns(['from_type', 'from_id'])
		.execute();
	await db.schema.createIndex('links_to_idx').on('links').columns(['to_type', 'to_id']).execute();

	await db.schema
		.createTable('citations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('source_id', 'text', (c) =>
			c.notNull().references('sources.id').onDelete('restrict')
		)
		.addColumn('record_type', 'text', (c) => c.notNull().check(inList('record_type', RECORD_TYPES)))
		.addColumn('record_id', 'text', (c) => c.notNull())
		.addColumn('locator', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.execute();
	await db.schema
		.createIndex('citations_record_idx')
		.on('citations')
		.columns(['record_type', 'record_id'])
		.execute();
	await db.schema.createIndex('citations_source_idx').on('citations').column('source_id').execute();

	// --- history --------------------------------------------------------------------------------
	await db.schema
		.createTable('revisions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('record_type', 'text', (c) => c.notNull().check(inList('record_type', RECORD_TYPES)))
		.addColumn('record_id', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('snapshot', 'text', (c) => c.notNull())
		.addColumn('changed_fields', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.execute();
	await db.schema
		.createIndex('revisions_record_idx')
		.on('revisions')
		.columns(['record_type', 'record_id', 'version'])
		.execute();

	// --- briefing packs ---------------------------------------------------------------------------
	await db.schema
		.createTable('briefing_packs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('country_id', 'text', (c) =>
			c.notNull().references('countries.id').onDelete('restrict')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('occasion', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('window_start', 'text')
		.addColumn('window_end', 'text')
		.addColumn('theme_ids', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('selection', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('snapshot', 'text')
		.addColumn('issued_at', 'text')
		.addColumn('issued_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.$call(recordColumns)
		.execute();
}

export async function down(db: AnyDb): Promise<void> {
	const tables = [
		'briefing_packs',
		'revisions',
		'citations',
		'links',
		'engagement_actors',
		'record_themes',
		'asks',
		'pledge_laws',
		'case_laws',
		'case_actors',
		'cases',
		'pledge_assessments',
		'pledges',
		'engagements',
		'sources',
		'laws',
		'actors',
		'themes',
		'countries',
		'settings',
		'audit_events',
		'throttle_buckets',
		'invites',
		'recovery_codes',
		'sessions',
		'users'
	];
	for (const table of tables) {
		await db.schema.dropTable(table).execute();
	}
}
