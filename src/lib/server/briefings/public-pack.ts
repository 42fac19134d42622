import type { DB } from '$lib/server/db/connect';
import {
	findPublicBriefingPack,
	getBriefingDocument,
	listBriefingDocuments,
	type PackFormat
} from '$lib/server/repositories/briefing-packs';
import { holdsUnpublished, type BriefingContent } from '$lib/domain/briefing';
import { packContent, packIssue } from './packs';

/** A public pack's content: classified public and holding nothing unpublished (the leak rule). */
const isPublicContent = (content: BriefingContent) =>
	content.classification === 'public' && !holdsUnpublished(content);

/*
 * An issued public pack as the public sees it: the frozen content assembled from published
 * data only (a public pack is built that way and cannot be issued otherwise), its documents'
 * checksums, and whether it was withdrawn. Nothing about who worked on the draft.
 */
export async function publicPack(db: DB, code: string, id: string) {
	const row = await findPublicBriefingPack(db, code, id);
	if (!row) return null;
	const content = packContent(row);
	if (!isPublicContent(content)) return null;
	const issue = packIssue(row, content);
	return {
		id: row.id,
		content,
		issue,
		withdrawnAt: row.withdrawn_at,
		withdrawnReason: row.withdrawn_reason,
		documents: await listBriefingDocuments(db, row.id)
	};
}

export async function publicPackDocument(db: DB, code: string, id: string, format: PackFormat) {
	const row = await findPublicBriefingPack(db, code, id);
	if (!row || !isPublicContent(packContent(row))) return undefined;
	return getBriefingDocument(db, row.id, format);
}
