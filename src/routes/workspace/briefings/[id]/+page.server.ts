import { m } from '$lib/paraglide/messages';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { guard } from '$lib/server/auth/guard';
import { clientInfo } from '$lib/server/auth/request';
import {
	auditPackView,
	editFormEcho,
	issuePack,
	issueRefusal,
	newDraftFrom,
	packContent,
	packIssue,
	savePack,
	withdrawPack
} from '$lib/server/briefings/packs';
import { packState } from '$lib/server/briefings/pack-state';
import { can } from '$lib/server/policy';
import { getBriefingPack, listBriefingDocuments } from '$lib/server/repositories/briefing-packs';
import {
	NotFoundError,
	ValidationError,
	VersionConflictError
} from '$lib/server/repositories/errors';
import { db } from '$lib/server/runtime';

async function findPack(id: string) {
	try {
		return await getBriefingPack(db(), id);
	} catch (e) {
		if (e instanceof NotFoundError) error(404, m.ws_pack_not_found());
		throw e;
	}
}

export const load: PageServerLoad = async (event) => {
	const actor = await guard(event, 'read:internal');
	const row = await findPack(event.params.id);
	const mayBuild = can(actor, 'build:briefings');
	// Drafts are work in progress of those who build packs; viewers read issued packs.
	if (!row.issued_at && !mayBuild) error(404, m.ws_pack_not_found());
	const content = packContent(row);
	if (row.issued_at && content.classification === 'internal')
		await auditPackView(db(), { actor, ...clientInfo(event) }, row.id);
	return {
		pack: packState(row),
		content,
		issue: packIssue(row, content),
		documents: await listBriefingDocuments(db(), row.id),
		mayBuild,
		issueRefusal: mayBuild
			? await issueRefusal(db(), actor, row, content.classification)
			: m.ws_pack_role_no_issue()
	};
};

const versionOf = (form: FormData) => Number.parseInt(String(form.get('version') ?? ''), 10);

async function saveWith(event: RequestEvent, move: (form: FormData) => string | undefined) {
	const actor = await guard(event, 'build:briefings');
	const form = await event.request.formData();
	const echo = editFormEcho(form);
	const version = versionOf(form);
	if (!Number.isInteger(version))
		return fail(400, {
			message: m.ws_pack_lost_version(),
			...echo,
			version
		});
	try {
		await savePack(
			db(),
			{ actor, ...clientInfo(event) },
			event.params.id,
			version,
			echo,
			move(form)
		);
	} catch (e) {
		if (e instanceof VersionConflictError) {
			const current = (e.current as { version: number }).version;
			return fail(409, {
				message: m.ws_pack_conflict({ version, current }),
				...echo,
				version: current
			});
		}
		if (e instanceof ValidationError) return fail(400, { message: e.message, ...echo, version });
		throw e;
	}
	const moved = move(form);
	// Focus returns to the moved ask, at its new place.
	const at = moved?.match(/^(\d+):(up|down)$/);
	redirect(
		303,
		`/workspace/briefings/${event.params.id}${at ? `?moved=${Number(at[1]) + (at[2] === 'up' ? -1 : 1)}#ask-${Number(at[1]) + (at[2] === 'up' ? -1 : 1)}` : ''}`
	);
}

function save(event: RequestEvent) {
	return saveWith(event, () => undefined);
}

/** Moves one ask up or down, saving what was typed with it (the buttons sit in the draft form). */
function move(event: RequestEvent) {
	return saveWith(event, (form) => String(form.get('move') ?? ''));
}

async function issue(event: RequestEvent) {
	const actor = await guard(event, 'build:briefings');
	const version = versionOf(await event.request.formData());
	try {
		await issuePack(db(), { actor, ...clientInfo(event) }, event.params.id, version);
	} catch (e) {
		if (e instanceof ValidationError) return fail(403, { message: e.message });
		if (e instanceof VersionConflictError)
			return fail(409, {
				message: m.ws_pack_issue_conflict()
			});
		throw e;
	}
	redirect(303, `/workspace/briefings/${event.params.id}`);
}

async function withdraw(event: RequestEvent) {
	const actor = await guard(event, 'build:briefings');
	const reason = String((await event.request.formData()).get('reason') ?? '').trim();
	if (!reason)
		return fail(400, {
			message: m.ws_pack_withdraw_reason(),
			reason
		});
	try {
		await withdrawPack(db(), { actor, ...clientInfo(event) }, event.params.id, reason);
	} catch (e) {
		if (e instanceof ValidationError) return fail(400, { message: e.message, reason });
		throw e;
	}
	redirect(303, `/workspace/briefings/${event.params.id}`);
}

async function copy(event: RequestEvent) {
	const actor = await guard(event, 'build:briefings');
	const id = await newDraftFrom(db(), { actor, ...clientInfo(event) }, event.params.id);
	redirect(303, `/workspace/briefings/${id}`);
}

export const actions: Actions = { save, move, issue, withdraw, copy };
