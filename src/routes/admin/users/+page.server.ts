import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { db } from '$lib/server/runtime';
import { guardUser } from '$lib/server/auth/guard';
import { recordAudit, type AuditEntry } from '$lib/server/audit';
import { clientInfo } from '$lib/server/auth/request';
import {
	changeUserRole,
	getUser,
	isRole,
	LastAdminError,
	listUsers,
	resetTwoFactor,
	setUserActive
} from '$lib/server/auth/users';

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

/* Reads the target user from the form; every admin action below starts here. */
async function target(event: RequestEvent) {
	const { user: admin } = await guardUser(event, 'manage:users');
	const form = await event.request.formData();
	const id = String(form.get('id') ?? '');
	const user = id ? await getUser(db(), id) : undefined;
	const client = clientInfo(event);
	const audit = (entry: Omit<AuditEntry, 'userId' | 'actorEmail' | 'ip' | 'userAgent'>) =>
		recordAudit(db(), {
			...entry,
			userId: admin.id,
			actorEmail: admin.email,
			ip: client.ip,
			userAgent: client.userAgent,
			targetType: 'user',
			targetId: id
		});
	return { admin, form, user, audit };
}

async function role(event: RequestEvent) {
	const { form, user, audit } = await target(event);
	if (!user) return fail(400, { message: 'No such user.' });
	const next = form.get('role');
	if (!isRole(next)) return fail(400, { message: 'Choose a role.' });
	try {
		const change = await changeUserRole(db(), user.id, next);
		if (change && change.from !== change.to) {
			await audit({
				action: 'user.role',
				detail: { email: user.email, from: change.from, to: change.to }
			});
		}
	} catch (cause) {
		if (cause instanceof LastAdminError) {
			await audit({ action: 'user.role', outcome: 'denied', detail: { reason: 'last admin' } });
			return fail(409, { message: cause.message });
		}
		throw cause;
	}
	redirect(303, '/admin/users?changed=role');
}

async function deactivate(event: RequestEvent) {
	const { user, audit } = await target(event);
	if (!user) return fail(400, { message: 'No such user.' });
	try {
		await setUserActive(db(), user.id, false);
	} catch (cause) {
		if (cause instanceof LastAdminError) {
			await audit({
				action: 'user.deactivate',
				outcome: 'denied',
				detail: { reason: 'last admin' }
			});
			return fail(409, { message: cause.message });
		}
		throw cause;
	}
	await audit({ action: 'user.deactivate', detail: { email: user.email } });
	redirect(303, '/admin/users?changed=deactivated');
}

async function reactivate(event: RequestEvent) {
	const { user, audit } = await target(event);
	if (!user) return fail(400, { message: 'No such user.' });
	await setUserActive(db(), user.id, true);
	await audit({ action: 'user.reactivate', detail: { email: user.email } });
	redirect(303, '/admin/users?changed=reactivated');
}

async function resetTotp(event: RequestEvent) {
	const { user, audit } = await target(event);
	if (!user) return fail(400, { message: 'No such user.' });
	await resetTwoFactor(db(), user.id);
	await audit({ action: 'two-factor.reset', detail: { email: user.email } });
	redirect(303, '/admin/users?changed=two-factor');
}

export const actions: Actions = { role, deactivate, reactivate, resetTwoFactor: resetTotp };
