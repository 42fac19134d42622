import { sql } from 'kysely';
import { recordKind, titleColumn, type KindType } from './record-kinds.js';
import type { Executor } from './records.js';
import { byTableName } from './tables.js';

/*
 * Records of any type found by the column they are known by (a title, a name), as the
 * workspace's comboboxes search and fill them in. Trashed records are never found by name.
 */

/** The columns every record table has, as the queries below read them. */
type NamedColumns = { id: string; kind: string; status: string; deleted_at: string | null };

export interface NamedRecord {
	id: string;
	name: string;
	status: string;
	/** An actor's kind (person, party...); null for other types. */
	actorKind: string | null;
}

const nameOf = (type: KindType) => sql.ref(titleColumn(type));

/** Up to `limit` records whose name contains `needle` (any case), names starting with it first. */
export async function searchRecordsByName(
	db: Executor,
	type: KindType,
	needle: string,
	limit: number
): Promise<NamedRecord[]> {
	const name = nameOf(type);
	const escaped = needle.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
	return byTableName<NamedColumns>(db)
		.selectFrom(recordKind(type).table)
		.select([
			'id',
			sql<string>`${name}`.as('name'),
			'status',
			(type === 'actor' ? sql<string>`kind` : sql<string | null>`null`).as('actorKind')
		])
		.where('deleted_at', 'is', null)
		.where(sql<boolean>`lower(${name}) like ${`%${escaped}%`} escape '\\'`)
		.orderBy(sql`case when lower(${name}) like ${`${escaped}%`} escape '\\' then 0 else 1 end`)
		.orderBy(sql`lower(${name})`)
		.limit(limit)
		.execute();
}

/** The names of the records with these ids (trashed ones too), by id. */
export async function findRecordNames(
	db: Executor,
	type: KindType,
	ids: readonly string[]
): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const rows = await byTableName<NamedColumns>(db)
		.selectFrom(recordKind(type).table)
		.select(['id', sql<string>`${nameOf(type)}`.as('name')])
		.where('id', 'in', [...ids])
		.execute();
	return new Map(rows.map((row) => [row.id, row.name]));
}

/** The ids of up to `limit` records whose whole name is `name` (any case). */
export async function findRecordIdsNamed(
	db: Executor,
	type: KindType,
	name: string,
	limit: number
): Promise<string[]> {
	const rows = await byTableName<NamedColumns>(db)
		.selectFrom(recordKind(type).table)
		.select('id')
		.where('deleted_at', 'is', null)
		.where(sql<boolean>`lower(${nameOf(type)}) = ${name.toLowerCase()}`)
		.limit(limit)
		.execute();
	return rows.map((row) => row.id);
}
