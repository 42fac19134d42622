import { m } from '$lib/paraglide/messages';
import { z } from 'zod';
import type { CitationView } from '$lib/domain/relation-views';
import type { RecordType } from '$lib/server/db/schema';
import { citeSource, listCitations, removeCitation } from '$lib/server/repositories/citations';
import type { Executor } from '$lib/server/repositories/records';
import { pickedOrTyped } from './lookup';

/* Citations of sources on a record, with a locator: as its page shows them, added and removed. */

/** The record's citations as its page shows them; a source cites nothing. */
export async function loadCitationViews(
	db: Executor,
	type: RecordType,
	id: string
): Promise<CitationView[]> {
	if (type === 'source') return [];
	return (await listCitations(db, type, id)).map((c) => ({
		id: c.id,
		sourceId: c.source_id,
		sourceTitle: c.source_title,
		locator: c.locator,
		note: c.note,
		published: c.published_at !== null
	}));
}

/* Removing a published citation is a withdrawal, as with links (see removeLinkOf). */

const citationForm = z.object({
	source: z.string().min(1, { error: () => m.ws_c_pick_source() }),
	locator: z
		.string()
		.trim()
		.max(200, { error: () => m.ws_c_locator_short() }),
	note: z.string().trim().max(2000)
});

export async function addCitationFromForm(
	db: Executor,
	type: RecordType,
	id: string,
	data: FormData,
	userId: string | null
): Promise<string | null> {
	const source = await pickedOrTyped(db, data, 'source', 'source');
	if (source.problem) return source.problem;
	const parsed = citationForm.safeParse({
		source: source.id,
		locator: String(data.get('locator') ?? ''),
		note: String(data.get('note') ?? '')
	});
	if (!parsed.success) return parsed.error.issues[0]?.message ?? m.ws_c_check();
	await citeSource(
		db,
		{
			source_id: parsed.data.source,
			record_type: type,
			record_id: id,
			locator: parsed.data.locator,
			note: parsed.data.note
		},
		userId
	);
	return null;
}

export async function removeCitationOf(
	db: Executor,
	type: RecordType,
	id: string,
	citationId: string,
	mayRemovePublished: boolean,
	refusal: string
): Promise<string | null> {
	const mine = (await listCitations(db, type, id)).find((c) => c.id === citationId);
	if (!mine) return null;
	if (mine.published_at !== null && !mayRemovePublished) return refusal;
	await removeCitation(db, citationId);
	return null;
}
