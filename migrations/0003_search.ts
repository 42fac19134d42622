import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Full-text search. One row per searchable record in `search_documents`: its title, its body
 * (description and other prose) and the names around it (actors, laws, cited sources), plus
 * the columns the workspace filters on, copied from the record so a filtered search reads one
 * row per match instead of joining every record table.
 *
 * Triggers keep the documents in step with the records on both databases: a change to a record,
 * to one of its join rows, to its citations or assessments, or to the name of an actor, law or
 * source it refers to rebuilds the affected documents (delete and re-insert from the record).
 * SQLite indexes the documents in an external-content FTS5 table; PostgreSQL in a weighted
 * tsvector generated column with a GIN index.
 *
 * Frozen in time: imports nothing from src/. Every SQL string below is built from constants.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
type Dialect = 'sqlite' | 'postgres';

function dialectOf(db: AnyDb): Dialect {
	return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

const DOC_COLUMNS = [
	'record_type',
	'record_id',
	'country_id',
	'status',
	'deleted',
	'kind',
	'verification',
	'rating',
	'date_text',
	'date_precision',
	'date_earliest',
	'date_latest',
	'updated_at',
	'title',
	'names',
	'body'
] as const;
type DocColumn = (typeof DOC_COLUMNS)[number];

type DocType = 'case' | 'pledge' | 'engagement' | 'ask' | 'actor' | 'law' | 'source';
const TABLES: Record<DocType, string> = {
	case: 'cases',
	pledge: 'pledges',
	engagement: 'engagements',
	ask: 'asks',
	actor: 'actors',
	law: 'laws',
	source: 'sources'
};
const DOC_TYPES = Object.keys(TABLES) as DocType[];

/** Words from several columns or subqueries, space-separated, never null. */
function words(...parts: string[]): string {
	return parts.map((p) => `coalesce(${p}, '')`).join(` || ' ' || `);
}

function agg(dialect: Dialect, expression: string, from: string): string {
	const fn =
		dialect === 'sqlite' ? `group_concat(${expression}, ' ')` : `string_agg(${expression}, ' ')`;
	return `(select ${fn} from ${from})`;
}

function citedSources(dialect: Dialect, type: DocType): string {
	return agg(
		dialect,
		's.title',
		`citations ci join sources s on s.id = ci.source_id where ci.record_type = '${type}' and ci.record_id = r.id`
	);
}

/** How each record type fills a document; `r` is the record's row. */
function documentOf(dialect: Dialect, type: DocType): Record<DocColumn, string> {
	const common = {
		record_type: `'${type}'`,
		record_id: 'r.id',
		status: 'r.status',
		deleted: 'case when r.deleted_at is null then 0 else 1 end',
		updated_at: 'r.updated_at',
		kind: 'null',
		verification: 'null',
		rating: 'null',
		country_id: 'r.country_id'
	};
	const dated = (prefix: string, latest = `r.${prefix}_latest`) => ({
		date_text: `r.${prefix}_text`,
		date_precision: `r.${prefix}_precision`,
		date_earliest: `r.${prefix}_earliest`,
		date_latest: latest
	});
	const undated = {
		date_text: 'null',
		date_precision: 'null',
		date_earliest: 'null',
		date_latest: 'null'
	};
	const actorNames = (table: string, owner: string) =>
		agg(
			dialect,
			`a.name || ' ' || a.aliases`,
			`${table} x join actors a on a.id = x.actor_id where x.${owner} = r.id`
		);
	switch (type) {
		case 'case':
			return {
				...common,
				...dated(
					'start',
					`case when r.ongoing = 1 then '9999-12-31' else coalesce(r.end_latest, r.start_latest) end`
				),
				kind: 'r.case_type',
				verification: 'r.verification',
				title: 'r.title',
				body: words('r.description', 'r.place', 'r.outcome'),
				names: words(
					actorNames('case_actors', 'case_id'),
					agg(
						dialect,
						'l.title',
						'case_laws y join laws l on l.id = y.law_id where y.case_id = r.id'
					),
					citedSources(dialect, type)
				)
			};
		case 'pledge':
			return {
				...common,
				...dated('made'),
				rating: `coalesce((select pa.rating from pledge_assessments pa where pa.pledge_id = r.id and pa.deleted_at is null order by pa.assessed_on desc, pa.created_at desc, pa.id desc limit 1), 'not_yet_rated')`,
				title: 'r.title',
				body: words('r.promise', 'r.occasion', 'r.description'),
				names: words(
					'(select a.name from actors a where a.id = r.made_by_actor_id)',
					agg(
						dialect,
						'l.title',
						'pledge_laws y join laws l on l.id = y.law_id where y.pledge_id = r.id'
					),
					citedSources(dialect, type)
				)
			};
		case 'engagement':
			return {
				...common,
				...dated('start', 'coalesce(r.end_latest, r.start_latest)'),
				kind: 'r.kind',
				title: 'r.title',
				body: words('r.description'),
				names: words(
					'r.eu_actors',
					'r.counterparts',
					actorNames('engagement_actors', 'engagement_id'),
					citedSources(dialect, type)
				)
			};
		case 'ask':
			return {
				...common,
				...dated('made'),
				kind: 'r.ask_status',
				title: 'r.title',
				body: words('r.recommendation'),
				names: words('r.addressed_to', 'r.made_where', citedSources(dialect, type))
			};
		case 'actor':
			return {
				...common,
				...undated,
				kind: 'r.kind',
				title: 'r.name',
				body: words('r.description'),
				names: words('r.aliases', citedSources(dialect, type))
			};
		case 'law':
			return {
				...common,
				...dated('dated'),
				kind: 'r.law_status',
				title: 'r.title',
				body: words('r.reference', 'r.description'),
				names: words(citedSources(dialect, type))
			};
		case 'source':
			return {
				...common,
				...dated('published'),
				country_id: 'null',
				kind: 'r.kind',
				title: 'r.title',
				body: words('r.description'),
				names: words('r.authors', 'r.publisher')
			};
	}
}

/**
 * Statements that rebuild the documents of `type` whose record id satisfies `idCondition`
 * (e.g. "= new.id"); with no condition, all of them. `guard` limits a citation trigger to the
 * record type it names.
 */
function refresh(dialect: Dialect, type: DocType, idCondition?: string, guard?: string): string[] {
	const doc = documentOf(dialect, type);
	const where = [idCondition ? `r.id ${idCondition}` : null, guard].filter(Boolean).join(' and ');
	const insert =
		`insert into search_documents (${DOC_COLUMNS.join(', ')}) ` +
		`select ${DOC_COLUMNS.map((c) => doc[c]).join(', ')} from ${TABLES[type]} r` +
		(where ? ` where ${where}` : '');
	if (!idCondition) return [insert];
	const del =
		`delete from search_documents where record_type = '${type}' and record_id ${idCondition}` +
		(guard ? ` and ${guard}` : '');
	return [del, insert];
}

interface Trigger {
	name: string;
	table: string;
	event: 'insert' | 'update' | 'delete';
	/** Only when these columns change (update triggers). */
	of?: string[];
	statements: string[];
}

/** Every trigger that keeps documents current; `row` is NEW or OLD as the event allows. */
function triggers(dialect: Dialect): Trigger[] {
	const list: Trigger[] = [];
	const rowsOf = (event: Trigger['event']) =>
		event === 'insert' ? ['new'] : event === 'delete' ? ['old'] : ['old', 'new'];
	const events = ['insert', 'update', 'delete'] as const;

	for (const type of DOC_TYPES) {
		for (const event of events) {
			const row = event === 'delete' ? 'old' : 'new';
			list.push({
				name: `search_${TABLES[type]}_${event}`,
				table: TABLES[type],
				event,
				statements: refresh(dialect, type, `= ${row}.id`)
			});
		}
	}

	const joins: [table: string, type: DocType, column: string][] = [
		['case_actors', 'case', 'case_id'],
		['case_laws', 'case', 'case_id'],
		['pledge_laws', 'pledge', 'pledge_id'],
		['engagement_actors', 'engagement', 'engagement_id'],
		['pledge_assessments', 'pledge', 'pledge_id']
	];
	for (const [table, type, column] of joins) {
		for (const event of events) {
			list.push({
				name: `search_${table}_${event}`,
				table,
				event,
				statements: rowsOf(event).flatMap((row) => refresh(dialect, type, `= ${row}.${column}`))
			});
		}
	}

	for (const event of events) {
		list.push({
			name: `search_citations_${event}`,
			table: 'citations',
			event,
			statements: rowsOf(event).flatMap((row) =>
				DOC_TYPES.flatMap((type) =>
					refresh(dialect, type, `= ${row}.record_id`, `${row}.record_type = '${type}'`)
				)
			)
		});
	}

	// A renamed actor, law or source changes the words of every record that names it.
	list.push({
		name: 'search_actors_renamed',
		table: 'actors',
		event: 'update',
		of: ['name', 'aliases'],
		statements: [
			...refresh(
				dialect,
				'case',
				'in (select x.case_id from case_actors x where x.actor_id = new.id)'
			),
			...refresh(
				dialect,
				'pledge',
				'in (select x.id from pledges x where x.made_by_actor_id = new.id)'
			),
			...refresh(
				dialect,
				'engagement',
				'in (select x.engagement_id from engagement_actors x where x.actor_id = new.id)'
			)
		]
	});
	list.push({
		name: 'search_laws_renamed',
		table: 'laws',
		event: 'update',
		of: ['title'],
		statements: [
			...refresh(dialect, 'case', 'in (select x.case_id from case_laws x where x.law_id = new.id)'),
			...refresh(
				dialect,
				'pledge',
				'in (select x.pledge_id from pledge_laws x where x.law_id = new.id)'
			)
		]
	});
	list.push({
		name: 'search_sources_renamed',
		table: 'sources',
		event: 'update',
		of: ['title'],
		statements: DOC_TYPES.filter((t) => t !== 'source').flatMap((type) =>
			refresh(
				dialect,
				type,
				`in (select x.record_id from citations x where x.source_id = new.id and x.record_type = '${type}')`
			)
		)
	});
	return list;
}

function triggerHead(t: Trigger): string {
	const of = t.of ? ` of ${t.of.join(', ')}` : '';
	return `after ${t.event}${of} on ${t.table} for each row`;
}

async function run(db: AnyDb, statement: string): Promise<void> {
	await sql.raw(statement).execute(db);
}

async function upSqlite(db: AnyDb): Promise<void> {
	await run(
		db,
		`create table search_documents (
			id integer primary key,
			record_type text not null,
			record_id text not null,
			country_id text,
			status text not null,
			deleted integer not null default 0,
			kind text,
			verification text,
			rating text,
			date_text text,
			date_precision text,
			date_earliest text,
			date_latest text,
			updated_at text not null,
			title text not null default '',
			names text not null default '',
			body text not null default ''
		)`
	);
	// Weights in bm25() follow this column order: title, names, body.
	await run(
		db,
		`create virtual table search_fts using fts5(title, names, body,
			content='search_documents', content_rowid='id',
			tokenize='porter unicode61 remove_diacritics 2')`
	);
	await run(
		db,
		`create trigger search_documents_insert after insert on search_documents begin
			insert into search_fts (rowid, title, names, body) values (new.id, new.title, new.names, new.body);
		end`
	);
	await run(
		db,
		`create trigger search_documents_delete after delete on search_documents begin
			insert into search_fts (search_fts, rowid, title, names, body)
				values ('delete', old.id, old.title, old.names, old.body);
		end`
	);
	await run(
		db,
		`create trigger search_documents_update after update on search_documents begin
			insert into search_fts (search_fts, rowid, title, names, body)
				values ('delete', old.id, old.title, old.names, old.body);
			insert into search_fts (rowid, title, names, body) values (new.id, new.title, new.names, new.body);
		end`
	);
	for (const t of triggers('sqlite')) {
		await run(
			db,
			`create trigger ${t.name} ${triggerHead(t)} begin ${t.statements.join(';\n')}; end`
		);
	}
}

async function upPostgres(db: AnyDb): Promise<void> {
	await run(
		db,
		`create table search_documents (
			id bigint generated always as identity primary key,
			record_type text not null,
			record_id text not null,
			country_id text,
			status text not null,
			deleted integer not null default 0,
			kind text,
			verification text,
			rating text,
			date_text text,
			date_precision text,
			date_earliest text,
			date_latest text,
			updated_at text not null,
			title text not null default '',
			names text not null default '',
			body text not null default '',
			document tsvector generated always as (
				setweight(to_tsvector('english', title), 'A') ||
				setweight(to_tsvector('english', names), 'B') ||
				setweight(to_tsvector('english', body), 'C')
			) stored
		)`
	);
	await run(
		db,
		`create index search_documents_document_idx on search_documents using gin (document)`
	);
	for (const t of triggers('postgres')) {
		await run(
			db,
			`create function ${t.name}() returns trigger language plpgsql as $$
			begin
				${t.statements.join(';\n')};
				return null;
			end $$`
		);
		await run(db, `create trigger ${t.name} ${triggerHead(t)} execute function ${t.name}()`);
	}
}

export async function up(db: AnyDb): Promise<void> {
	const dialect = dialectOf(db);
	if (dialect === 'sqlite') await upSqlite(db);
	else await upPostgres(db);
	await run(
		db,
		`create unique index search_documents_record_idx on search_documents (record_type, record_id)`
	);
	await run(
		db,
		`create index search_documents_list_idx on search_documents (country_id, record_type, date_earliest)`
	);
	// Records that exist already get their documents now.
	for (const type of DOC_TYPES) {
		for (const statement of refresh(dialect, type)) await run(db, statement);
	}
}

export async function down(db: AnyDb): Promise<void> {
	const dialect = dialectOf(db);
	for (const t of triggers(dialect)) {
		if (dialect === 'sqlite') await run(db, `drop trigger if exists ${t.name}`);
		else await run(db, `drop function if exists ${t.name}() cascade`);
	}
	if (dialect === 'sqlite') {
		for (const name of ['insert', 'delete', 'update']) {
			await run(db, `drop trigger if exists search_documents_${name}`);
		}
		await run(db, 'drop table if exists search_fts');
	}
	await run(db, 'drop table if exists search_documents');
}
