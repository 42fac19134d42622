import type { RequestEvent } from '@sveltejs/kit';
import type { RecordType } from '$lib/server/db/schema';
import { settings } from '$lib/server/config';
import { log } from '$lib/server/log';
import { findRecordPlace } from '$lib/server/repositories/record-country';
import { db } from '$lib/server/runtime';
import { kindBySlug } from '$lib/server/workspace/kinds';
import { countryTag, listTag, recordTag, SITE_TAG } from './cache-tags';

/*
 * Purging a CDN when the public view changes. Public answers are tagged with the country and
 * records they hold (cache-tags.ts); when a signed-in write touches a record the public sees
 * (publishing, unpublishing, trashing or restoring it, or editing it while published, such as
 * marking a person at risk or changing their pseudonym), the tags it shows under are POSTed
 * as `{"tags": [...]}` to PLEDGEWATCH_PURGE_URL, for a small relay to the CDN's purge API.
 *
 * The purge never holds up the person's action: it starts once the answer is ready, gives up
 * after PURGE_TIMEOUT_MS, and a failure is logged, not thrown. Without a purge, shared copies
 * still expire within a minute (cache.ts).
 */

const PURGE_TIMEOUT_MS = 3000;

export interface ChangedRecord {
	type: string;
	id: string;
	/** Its country's code; null when it has none (a source, an international body). */
	countryCode: string | null;
}

/** The tags to purge when these records change. */
export function purgeFor(records: readonly ChangedRecord[]): string[] {
	const tags = new Set<string>();
	for (const record of records) {
		tags.add(recordTag(record.type, record.id));
		const list = listTag(record.type);
		if (list) tags.add(list);
		// A record without a country may show on any country's pages: purge everything.
		tags.add(record.countryCode ? countryTag(record.countryCode) : SITE_TAG);
	}
	return [...tags];
}

/** Where purges go, for log lines: never the path or query, which may hold a token. */
function describeUrl(url: string): string {
	try {
		return new URL(url).origin;
	} catch {
		return 'PLEDGEWATCH_PURGE_URL (not a valid URL)';
	}
}

/** POSTs the tags to the purge address; logs, never throws. */
export async function sendPurge(tags: readonly string[], url = settings().purgeUrl): Promise<void> {
	if (!url || tags.length === 0) return;
	try {
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ tags }),
			signal: AbortSignal.timeout(PURGE_TIMEOUT_MS)
		});
		await response.body?.cancel();
		if (!response.ok) {
			log.warn(
				`Cache purge at ${describeUrl(url)} answered ${response.status}; shared copies expire within a minute.`
			);
		}
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		log.warn(
			`Cache purge at ${describeUrl(url)} failed (${reason}); shared copies expire within a minute.`
		);
	}
}

/* Actions that can take a record out of public view: always purged. */
const REMOVING_ACTIONS = new Set(['/move', '/delete']);

interface Written {
	slug: string;
	id: string;
	/** Purge even when the record is not published now (it may just have stopped being). */
	always: boolean;
}

/*
 * The record a successful workspace write changed: the one whose page (or history) the form
 * was on, or the one a restore from the trash sent the person to.
 */
function writtenRecord(
	event: Pick<RequestEvent, 'route' | 'params' | 'url'>,
	response: Response
): Written | null {
	const route = event.route.id ?? '';
	const params = event.params as Partial<Record<string, string>>;
	if (route.startsWith('/workspace/[kind=kind]/[id]') && params.kind && params.id) {
		const action = [...event.url.searchParams.keys()][0] ?? '';
		return { slug: params.kind, id: params.id, always: REMOVING_ACTIONS.has(action) };
	}
	if (route === '/workspace/trash') {
		const to = /^\/workspace\/([a-z]+)\/([^/?#]+)/.exec(response.headers.get('location') ?? '');
		if (to?.[1] && to[2]) return { slug: to[1], id: decodeURIComponent(to[2]), always: true };
	}
	return null;
}

async function purgeWritten(written: Written): Promise<void> {
	const kind = kindBySlug(written.slug);
	if (!kind) return;
	const place = await findRecordPlace(db(), kind.type as RecordType, written.id);
	if (!place || (!written.always && place.status !== 'published')) return;
	await sendPurge(purgeFor([{ type: kind.type, id: written.id, countryCode: place.countryCode }]));
}

/**
 * After a successful signed-in write: purges what the written record shows in, if the public
 * sees it or just stopped seeing it. Returns at once; the purge runs on its own.
 */
export function purgeAfterWrite(
	event: Pick<RequestEvent, 'route' | 'params' | 'url'>,
	response: Response
): void {
	if (!settings().purgeUrl) return;
	const written = writtenRecord(event, response);
	if (!written) return;
	purgeWritten(written).catch((error: unknown) => {
		log.warn(`Cache purge skipped: ${error instanceof Error ? error.message : String(error)}`);
	});
}
