import { randomUUID } from 'node:crypto';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import {
	LINK_KINDS,
	type Database,
	type Link,
	type LinkKind,
	type RecordType
} from '../db/schema.js';
import { now } from '../clock.js';
import { NotFoundError, ValidationError } from './errors.js';
import { assertRecordsExist, type Executor } from './records.js';

/*
 * Typed links between records. Only these combinations mean something; the pledge-case ones
 * are the heart of the gap view, and each link's note says why the researcher made it.
 */
export const LINK_RULES: Record<LinkKind, { from: RecordType; to: RecordType; reads: string }> = {
	contradicted_by: { from: 'pledge', to: 'case', reads: 'pledge contradicted by case' },
	supported_by: { from: 'pledge', to: 'case', reads: 'pledge supported by case' },
	made_at: { from: 'pledge', to: 'engagement', reads: 'pledge made at engagement' },
	// Written ahead of the engagement; whether it was raised there is a separate, known fact.
	made_for: { from: 'ask', to: 'engagement', reads: 'ask made for engagement' },
	raised_at: { from: 'ask', to: 'engagement', reads: 'ask raised at engagement' },
	related_to: { from: 'case', to: 'case', reads: 'case related to case' }
};

export interface LinkInput {
	kind: LinkKind;
	from_type: RecordType;
	from_id: string;
	to_type: RecordType;
	to_id: string;
	note?: string;
}

function checkCombination(input: LinkInput): void {
	if (!LINK_KINDS.includes(input.kind)) {
		throw new ValidationError({ kind: `Link kind must be one of: ${LINK_KINDS.join(', ')}.` });
	}
	const rule = LINK_RULES[input.kind];
	if (input.from_type !== rule.from || input.to_type !== rule.to) {
		const allowed = Object.values(LINK_RULES)
			.map((r) => r.reads)
			.join('; ');
		throw new ValidationError({
			kind: `A "${input.kind}" link goes from a ${rule.from} to a ${rule.to}, not from a ${input.from_type} to a ${input.to_type}. Links that exist: ${allowed}.`
		});
	}
	if (input.from_type === input.to_type && input.from_id === input.to_id) {
		throw new ValidationError({ to_id: 'A record cannot be linked to itself.' });
	}
}

/** Links two records; rejects combinations the domain does not know and duplicates. */
export async function createLink(
	db: Executor,
	input: LinkInput,
	userId: string | null
): Promise<Link> {
	checkCombination(input);
	await assertRecordsExist(db, input.from_type, [input.from_id], 'from_id');
	await assertRecordsExist(db, input.to_type, [input.to_id], 'to_id');
	const symmetric = input.kind === 'related_to';
	const existing = await db
		.selectFrom('links')
		.select('id')
		.where('kind', '=', input.kind)
		.where((eb) =>
			eb.or([
				eb.and([eb('from_id', '=', input.from_id), eb('to_id', '=', input.to_id)]),
				// "Related to" reads both ways, so B-A repeats an existing A-B.
				...(symmetric
					? [eb.and([eb('from_id', '=', input.to_id), eb('to_id', '=', input.from_id)])]
					: [])
			])
		)
		.executeTakeFirst();
	if (existing) throw new ValidationError({ to_id: 'These records are already linked this way.' });
	const link: Link = {
		id: randomUUID(),
		kind: input.kind,
		from_type: input.from_type,
		from_id: input.from_id,
		to_type: input.to_type,
		to_id: input.to_id,
		note: input.note?.trim() ?? '',
		created_at: now(),
		created_by: userId,
		// Public only once a record it belongs to is published by someone else (four-eyes).
		published_at: null,
		published_by: null
	};
	await db.insertInto('links').values(link).execute();
	return link;
}

export async function getLink(db: Executor, id: string): Promise<Link> {
	const link = await db.selectFrom('links').selectAll().where('id', '=', id).executeTakeFirst();
	if (!link) throw new NotFoundError('link', id);
	return link;
}

/** Rewrites the note saying why the records are linked. */
export async function updateLinkNote(db: Executor, id: string, note: string): Promise<Link> {
	const result = await db
		.updateTable('links')
		.set({ note: note.trim() })
		.where('id', '=', id)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('link', id);
	return getLink(db, id);
}

/**
 * Publishes the record's unpublished links (either side), as its publication does. A link
 * whose other end is still unpublished stays out of public pages until that end is published.
 */
export async function publishLinksOf(
	db: Executor,
	type: RecordType,
	id: string,
	userId: string | null
): Promise<void> {
	const from = endsAt('from', type, id);
	const to = endsAt('to', type, id);
	await db
		.updateTable('links')
		.set({ published_at: now(), published_by: userId })
		.where('published_at', 'is', null)
		.where((eb) => eb.or([from(eb), to(eb)]))
		.execute();
}

export async function deleteLink(db: Executor, id: string): Promise<void> {
	const result = await db.deleteFrom('links').where('id', '=', id).executeTakeFirst();
	if (Number(result.numDeletedRows) === 0) throw new NotFoundError('link', id);
}

export interface LinkFilters {
	kind?: LinkKind;
}

type LinkCondition = (eb: ExpressionBuilder<Database, 'links'>) => Expression<SqlBool>;

/** The link's `side` end is the record. */
function endsAt(side: 'from' | 'to', type: RecordType, id: string): LinkCondition {
	return (eb) => eb.and([eb(`${side}_type`, '=', type), eb(`${side}_id`, '=', id)]);
}

/** The links meeting `condition` (and the filters), oldest first. */
function listLinks(db: Executor, condition: LinkCondition, filters: LinkFilters): Promise<Link[]> {
	return db
		.selectFrom('links')
		.selectAll()
		.where(condition)
		.$if(filters.kind !== undefined, (q) => q.where('kind', '=', filters.kind!))
		.orderBy('created_at')
		.orderBy('id')
		.execute();
}

/** Links going out of the record, oldest first. */
export async function listLinksFrom(
	db: Executor,
	type: RecordType,
	id: string,
	filters: LinkFilters = {}
): Promise<Link[]> {
	return listLinks(db, endsAt('from', type, id), filters);
}

/** Links pointing at the record, oldest first. */
export async function listLinksTo(
	db: Executor,
	type: RecordType,
	id: string,
	filters: LinkFilters = {}
): Promise<Link[]> {
	return listLinks(db, endsAt('to', type, id), filters);
}

/** Links in either direction, e.g. every case related to a case. */
export async function listLinksOf(
	db: Executor,
	type: RecordType,
	id: string,
	filters: LinkFilters = {}
): Promise<Link[]> {
	const from = endsAt('from', type, id);
	const to = endsAt('to', type, id);
	return listLinks(db, (eb) => eb.or([from(eb), to(eb)]), filters);
}

/** Links not yet published with the record they were added to, for the review queue. */
export function listUnpublishedLinks(db: Executor) {
	return db
		.selectFrom('links')
		.select(['from_type', 'from_id', 'to_type', 'to_id', 'created_at', 'created_by'])
		.where('published_at', 'is', null)
		.execute();
}
