import { m } from '$lib/paraglide/messages';
import { z } from 'zod';
import type { LinkChoice, LinkView } from '$lib/domain/relation-views';
import type { RecordType } from '$lib/server/db/schema';
import { createLink, deleteLink, getLink, listLinksOf } from '$lib/server/repositories/links';
import type { Executor } from '$lib/server/repositories/records';
import { lookupLabels, pickedOrTyped } from './lookup';

/*
 * Typed links between records, made from either side, each with a note: the choices a record
 * page offers, the links as it shows them, and adding and removing them from its forms.
 */

const CHOICES: Partial<Record<RecordType, LinkChoice[]>> = {
	pledge: [
		{
			key: 'contradicted_by',
			get label() {
				return m.ws_link_contradicted_by();
			},
			kind: 'contradicted_by',
			outgoing: true,
			other: 'case',
			otherSlug: 'cases'
		},
		{
			key: 'supported_by',
			get label() {
				return m.ws_link_supported_by();
			},
			kind: 'supported_by',
			outgoing: true,
			other: 'case',
			otherSlug: 'cases'
		},
		{
			key: 'made_at',
			get label() {
				return m.ws_link_made_at_engagement();
			},
			kind: 'made_at',
			outgoing: true,
			other: 'engagement',
			otherSlug: 'engagements'
		}
	],
	case: [
		{
			key: 'contradicts',
			get label() {
				return m.ws_link_contradicts();
			},
			kind: 'contradicted_by',
			outgoing: false,
			other: 'pledge',
			otherSlug: 'pledges'
		},
		{
			key: 'supports',
			get label() {
				return m.ws_link_supports();
			},
			kind: 'supported_by',
			outgoing: false,
			other: 'pledge',
			otherSlug: 'pledges'
		},
		{
			key: 'related_to',
			get label() {
				return m.ws_link_related_case();
			},
			kind: 'related_to',
			outgoing: true,
			other: 'case',
			otherSlug: 'cases'
		}
	],
	ask: [
		{
			key: 'made_for',
			get label() {
				return m.ws_link_made_for();
			},
			kind: 'made_for',
			outgoing: true,
			other: 'engagement',
			otherSlug: 'engagements'
		},
		{
			key: 'raised_at',
			get label() {
				return m.ws_link_raised_at();
			},
			kind: 'raised_at',
			outgoing: true,
			other: 'engagement',
			otherSlug: 'engagements'
		}
	],
	engagement: [
		{
			key: 'pledge_made_at',
			get label() {
				return m.ws_link_pledge_made_here();
			},
			kind: 'made_at',
			outgoing: false,
			other: 'pledge',
			otherSlug: 'pledges'
		},
		{
			key: 'ask_made_for',
			get label() {
				return m.ws_link_ask_made_for();
			},
			kind: 'made_for',
			outgoing: false,
			other: 'ask',
			otherSlug: 'asks'
		},
		{
			key: 'ask_raised_at',
			get label() {
				return m.ws_link_ask_raised_here();
			},
			kind: 'raised_at',
			outgoing: false,
			other: 'ask',
			otherSlug: 'asks'
		}
	]
};

export function linkChoices(type: RecordType): LinkChoice[] {
	return CHOICES[type] ?? [];
}

/** The record's links as its page shows them, each from this record's side. */
export async function loadLinkViews(
	db: Executor,
	type: RecordType,
	id: string
): Promise<LinkView[]> {
	const choices = linkChoices(type);
	const links: LinkView[] = [];
	for (const link of await listLinksOf(db, type, id)) {
		const outgoing = link.from_type === type && link.from_id === id;
		const choice =
			choices.find((c) => c.kind === link.kind && c.outgoing === outgoing) ??
			choices.find((c) => c.kind === link.kind);
		if (!choice) continue;
		const otherId = outgoing ? link.to_id : link.from_id;
		const labels = await lookupLabels(db, choice.other, [otherId]);
		links.push({
			id: link.id,
			label: choice.label,
			otherId,
			otherTitle: labels.get(otherId) ?? otherId,
			otherSlug: choice.otherSlug,
			note: link.note,
			published: link.published_at !== null
		});
	}
	return links;
}

const linkForm = z.object({
	choice: z.string(),
	other: z.string().min(1, { error: () => m.ws_l_pick() }),
	note: z
		.string()
		.trim()
		.max(2000, { error: () => m.ws_l_note_long() })
});

/** Links the record to another from this side; returns a sentence when something is wrong. */
export async function addLinkFromForm(
	db: Executor,
	type: RecordType,
	id: string,
	data: FormData,
	userId: string | null
): Promise<string | null> {
	const choice = linkChoices(type).find((c) => c.key === String(data.get('choice') ?? ''));
	if (!choice) return m.ws_l_no_such();
	const other = await pickedOrTyped(db, data, 'other', choice.other);
	if (other.problem) return other.problem;
	const parsed = linkForm.safeParse({
		choice: choice.key,
		other: other.id,
		note: String(data.get('note') ?? '')
	});
	if (!parsed.success) return parsed.error.issues[0]?.message ?? m.ws_l_check();
	const self = { type, id };
	const target = { type: choice.other, id: parsed.data.other };
	const [from, to] = choice.outgoing ? [self, target] : [target, self];
	await createLink(
		db,
		{
			kind: choice.kind,
			from_type: from.type,
			from_id: from.id,
			to_type: to.type,
			to_id: to.id,
			note: parsed.data.note
		},
		userId
	);
	return null;
}

/*
 * Removing a link or citation that is still waiting for review takes nothing from the public,
 * so anyone who may edit does it; removing a published one is a withdrawal (see
 * mayChangeRecord), allowed only when `mayRemovePublished`. Returns a sentence when refused.
 */

/** Removes a link of this record (and only of this record). */
export async function removeLinkOf(
	db: Executor,
	type: RecordType,
	id: string,
	linkId: string,
	mayRemovePublished: boolean,
	refusal: string
): Promise<string | null> {
	const link = await getLink(db, linkId);
	const mine =
		(link.from_type === type && link.from_id === id) ||
		(link.to_type === type && link.to_id === id);
	if (!mine) return null;
	if (link.published_at !== null && !mayRemovePublished) return refusal;
	await deleteLink(db, linkId);
	return null;
}
