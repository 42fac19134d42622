import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { m } from '$lib/paraglide/messages';
import { guardUser } from '$lib/server/auth/guard';
import { actingUser } from '$lib/server/auth/request';
import { listUserSessions } from '$lib/server/auth/sessions';
import { endOtherSessions, endOwnSession } from '$lib/server/auth/session-ending';

export const load: PageServerLoad = async (event) => {
	const { user, session } = await guardUser(event, 'account:self');
	const sessions = await listUserSessions(db(), user.id);
	return {
		sessions: sessions.map((s) => ({
			id: s.id,
			current: s.id === session.id,
			createdAt: s.createdAt,
			lastActiveAt: s.lastRenewedAt,
			expiresAt: s.idleExpiresAt < s.absoluteExpiresAt ? s.idleExpiresAt : s.absoluteExpiresAt,
			ip: s.ip,
			userAgent: s.userAgent
		}))
	};
};

async function revoke(event: Parameters<Actions['revoke']>[0]) {
	const { user, session } = await guardUser(event, 'account:self');
	const id = String((await event.request.formData()).get('id') ?? '');
	if (!(await endOwnSession(db(), actingUser(event, user), id, session.id))) {
		return fail(400, { message: m.sess_already_ended() });
	}
	redirect(303, id === session.id ? '/login' : '/account/sessions');
}

async function revokeOthers(event: Parameters<Actions['others']>[0]) {
	const { user, session } = await guardUser(event, 'account:self');
	await endOtherSessions(db(), actingUser(event, user), session.id);
	redirect(303, '/account/sessions');
}

export const actions: Actions = { revoke, others: revokeOthers };
