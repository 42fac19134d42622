import type { RecordType } from '$lib/server/db/schema';
import { listCitations } from '$lib/server/repositories/citations';
import { listLinksOf } from '$lib/server/repositories/links';
import { findPendingRevision } from '$lib/server/repositories/pending-revisions';
import { listAssessments } from '$lib/server/repositories/assessments';
import type { Executor } from '$lib/server/repositories/records';
import { listRevisions } from '$lib/server/repositories/revisions';
import { LOOKUPS, type Lookup } from '$lib/workspace/form';
import { lookupLabels } from './lookup';
import { fourEyesRequired } from './settings';

/*
 * The four-eyes rule: nobody publishes content that they wrote or changed since the record
 * was last published, wherever it sits. The next publication of a record makes public its
 * own fields (content revisions since the last publication, and its pending revision), its
 * unpublished assessments, and its unpublished links and citations; whoever wrote any of
 * those is a contributor and may not be the one who publishes them.
 */

/** One piece of content that would go public, and who wrote it. */
export interface Contribution {
	userId: string;
	/** What it is, for the refusal: "its own fields", "the link note to pledge “…”". */
	what: string;
}

/* Moving between states and in or out of the trash changes no content; everything else does. */
const NOT_CONTENT = new Set(['status', 'delete', 'undelete']);

/**
 * Authors of the record's content revisions (create, import, update, restore...) since its
 * latest publication: the latest move to published, or the latest publication of pending
 * changes. All of them if it was never published.
 */
export async function contentAuthorsSincePublished(
	db: Executor,
	type: RecordType,
	id: string
): Promise<string[]> {
	const revisions = await listRevisions(db, type, id);
	let start = 0;
	revisions.forEach((r, i) => {
		const published =
			r.action === 'publish_changes' ||
			(r.action === 'status' && r.snapshot.status === 'published');
		if (published) start = i + 1;
	});
	const authors = revisions
		.slice(start)
		.filter((r) => !NOT_CONTENT.has(r.action))
		.flatMap((r) => (r.created_by ? [r.created_by] : []));
	return [...new Set(authors)];
}

async function titleOf(db: Executor, type: RecordType, id: string): Promise<string> {
	if (!(LOOKUPS as readonly string[]).includes(type)) return id;
	return (await lookupLabels(db, type as Lookup, [id])).get(id) ?? id;
}

/** Everything that would go public with the record's next publication, by author. */
export async function contributionsSincePublished(
	db: Executor,
	type: RecordType,
	id: string
): Promise<Contribution[]> {
	const found: Contribution[] = [];
	for (const userId of await contentAuthorsSincePublished(db, type, id)) {
		found.push({ userId, what: 'its own fields' });
	}
	const pending = await findPendingRevision(db, type, id);
	for (const userId of pending?.contributors ?? []) {
		found.push({ userId, what: 'the changes waiting for review' });
	}
	if (type === 'pledge') {
		for (const a of await listAssessments(db, id)) {
			if (a.status === 'published') continue;
			for (const userId of await contentAuthorsSincePublished(db, 'assessment', a.id)) {
				found.push({ userId, what: `the assessment of ${a.assessed_on}` });
			}
		}
	}
	for (const link of await listLinksOf(db, type, id)) {
		if (link.published_at !== null || !link.created_by) continue;
		const outgoing = link.from_type === type && link.from_id === id;
		const [otherType, otherId] = outgoing
			? [link.to_type, link.to_id]
			: [link.from_type, link.from_id];
		const title = await titleOf(db, otherType, otherId);
		found.push({
			userId: link.created_by,
			what: `the link ${link.note ? 'note ' : ''}to ${otherType} “${title}”`
		});
	}
	if (type !== 'source') {
		for (const citation of await listCitations(db, type, id)) {
			if (citation.published_at !== null || !citation.created_by) continue;
			found.push({
				userId: citation.created_by,
				what: `the citation of “${citation.source_title}”`
			});
		}
	}
	return found;
}

/** The ids of everyone who wrote content that the record's next publication makes public. */
export async function contributorsSincePublished(
	db: Executor,
	type: RecordType,
	id: string
): Promise<Set<string>> {
	return new Set((await contributionsSincePublished(db, type, id)).map((c) => c.userId));
}

export interface FourEyesVerdict {
	/** Why this person may not publish, or null when they may. */
	refusal: string | null;
	/** They wrote some of it and may publish only because an admin relaxed the rule. */
	relaxed: boolean;
	/** What they wrote themselves. */
	own: string[];
}

/** Whether `userId` may publish what the record's next publication makes public. */
export async function fourEyesVerdict(
	db: Executor,
	type: RecordType,
	label: string,
	id: string,
	userId: string | null
): Promise<FourEyesVerdict> {
	const own = [
		...new Set(
			(await contributionsSincePublished(db, type, id))
				.filter((c) => c.userId === userId)
				.map((c) => c.what)
		)
	];
	if (own.length === 0) return { refusal: null, relaxed: false, own };
	if (!(await fourEyesRequired(db))) return { refusal: null, relaxed: true, own };
	return {
		refusal: `You wrote or changed content in this ${label} since it was last published (${own.join('; ')}), so someone else must publish it (four-eyes rule).`,
		relaxed: false,
		own
	};
}
