import { m } from '$lib/paraglide/messages';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { db } from '$lib/server/runtime';
import { guardUser } from '$lib/server/auth/guard';
import { actingUser } from '$lib/server/auth/request';
import { isRole, listUsers } from '$lib/server/auth/users';
import {
	ACCOUNT_CHANGE_REFUSALS,
	changeRole,
	deactivateUser,
	reactivateUser,
	resetUserTwoFactor,
	type AccountChange
} from '$lib/server/admin/user-accounts';

export const load: PageServerLoad = async (event) => {
	const { user } = await guardUser(event, 'manage:users');
	const users = await listUsers(db());
	return {
		me: user.id,
		users: users.map((u) => ({
			id: u.id,
			email: u.email,
			displayName: u.display_name,
			role: u.role,
			active: u.active === 1,
			totpEnabled: u.totp_enabled === 1,
			createdAt: u.created_at
		})),
		changed: event.url.searchParams.get('changed')
	};
};

/* Reads the admin and the target user's id from the form; every action below starts here. */
async function target(event: RequestEvent) {
	const { user: admin } = await guardUser(event, 'manage:users');
	const form = await event.request.formData();
	return { by: actingUser(event, admin), form, id: String(form.get('id') ?? '') };
}

/* A refused change says why; a made (or already made) one reloads the list with a notice. */
function answer(outcome: AccountChange, changed: string) {
	if (outcome === 'no-such-user') return fail(400, { message: ACCOUNT_CHANGE_REFUSALS[outcome]() });
	if (outcome === 'last-admin') return fail(409, { message: ACCOUNT_CHANGE_REFUSALS[outcome]() });
	redirect(303, `/admin/users?changed=${changed}`);
}

async function role(event: RequestEvent) {
	const { by, form, id } = await target(event);
	const next = form.get('role');
	if (!isRole(next)) return fail(400, { message: m.adm_choose_role() });
	return answer(await changeRole(db(), by, id, next), 'role');
}

async function deactivate(event: RequestEvent) {
	const { by, id } = await target(event);
	return answer(await deactivateUser(db(), by, id), 'deactivated');
}

async function reactivate(event: RequestEvent) {
	const { by, id } = await target(event);
	return answer(await reactivateUser(db(), by, id), 'reactivated');
}

async function resetTotp(event: RequestEvent) {
	const { by, id } = await target(event);
	return answer(await resetUserTwoFactor(db(), by, id), 'two-factor');
}

export const actions: Actions = { role, deactivate, reactivate, resetTwoFactor: resetTotp };
