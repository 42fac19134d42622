import { beforeAll, beforeEach, expect, it } from 'vitest';
import { getRandomValues } from 'node:crypto';
import { generateHOTP } from '@oslojs/otp';
import { sql } from 'kysely';
import { describeEachDatabase, type Dialect } from '../helpers/databases.js';
import type { DB } from '../../src/lib/server/db/connect.js';
import type { AuditAction, AuditedBy } from '../../src/lib/server/audit.js';
import { hashPassword } from '../../src/lib/server/auth/passwords.js';
import { replaceRecoveryCodes } from '../../src/lib/server/auth/recovery-codes.js';
import { useSecretKey } from '../../src/lib/server/auth/secret-key.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { openTotpKey, totpStep } from '../../src/lib/server/auth/totp.js';
import { enableTotp, getUser } from '../../src/lib/server/auth/users.js';
import { createInvite } from '../../src/lib/server/auth/invites.js';
import {
	endOtherSessions,
	endOwnSession,
	signOut
} from '../../src/lib/server/auth/session-ending.js';
import { acceptInvite } from '../../src/lib/server/auth/invite-acceptance.js';
import { changeOwnPassword } from '../../src/lib/server/auth/password-change.js';
import {
	confirmTwoFactorSetup,
	startTwoFactorSetup
} from '../../src/lib/server/auth/two-factor-setup.js';
import {
	renewRecoveryCodes,
	turnOffTwoFactor
} from '../../src/lib/server/auth/two-factor-changes.js';
import {
	changeRole,
	deactivateUser,
	reactivateUser,
	resetUserTwoFactor,
	type AccountChange
} from '../../src/lib/server/admin/user-accounts.js';
import { inviteSomeone, withdrawInvite } from '../../src/lib/server/admin/invitations.js';
import { setFourEyesRule } from '../../src/lib/server/admin/four-eyes-setting.js';
import { client, makeUser } from './fixtures.js';

/*
 * The account and admin services write a change and its audit entry in one transaction. Each
 * case below runs once as it should (the change and its audit entry are both there) and once
 * with the database refusing one of its writes part-way (a trigger made for the test): then
 * nothing at all is written, the audit entry included.
 */

const PASSWORD = 'lantern orbit forty meadow';

/* Every table these services write, whole, so any stray write shows. */
async function everything(db: DB) {
	return {
		users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
		sessions: await db.selectFrom('sessions').selectAll().orderBy('id').execute(),
		recoveryCodes: await db.selectFrom('recovery_codes').selectAll().orderBy('id').execute(),
		invites: await db.selectFrom('invites').selectAll().orderBy('id').execute(),
		settings: await db.selectFrom('settings').selectAll().orderBy('key').execute(),
		throttles: await db.selectFrom('throttle_buckets').selectAll().execute(),
		audit: await db.selectFrom('audit_events').selectAll().orderBy('id').execute()
	};
}

/* A trigger that makes the database refuse every `event` on `table` until it is dropped. */
async function refuse(
	db: DB,
	dialect: Dialect,
	event: 'INSERT' | 'UPDATE' | 'DELETE',
	table: string
) {
	const name = `test_refuse_${event.toLowerCase()}_${table}`;
	if (dialect === 'sqlite') {
		await sql
			.raw(
				`CREATE TRIGGER ${name} BEFORE ${event} ON ${table} BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`
			)
			.execute(db);
		return () => sql.raw(`DROP TRIGGER ${name}`).execute(db);
	}
	await sql
		.raw(
			`CREATE OR REPLACE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`
		)
		.execute(db);
	await sql
		.raw(
			`CREATE TRIGGER ${name} BEFORE ${event} ON ${table} FOR EACH ROW EXECUTE FUNCTION test_refuse()`
		)
		.execute(db);
	return () => sql.raw(`DROP TRIGGER ${name} ON ${table}`).execute(db);
}

interface Case {
	name: string;
	/** The audit action written with the change. */
	action: AuditAction;
	/** The write the database refuses in the failing run (the audit entry, or one part-way). */
	refuse: ['INSERT' | 'UPDATE' | 'DELETE', string];
	/** Makes what the change needs; returns the change itself. */
	prepare(db: DB): Promise<() => Promise<unknown>>;
}

/* An admin's change to another account, made by a new admin to a user `target` makes. */
function adminCase(
	name: string,
	action: AuditAction,
	target: (db: DB) => Promise<{ user: { id: string } }>,
	change: (db: DB, admin: AuditedBy, userId: string) => Promise<AccountChange>
): Case {
	return {
		name,
		action,
		refuse: ['INSERT', 'audit_events'],
		async prepare(db) {
			const admin = await makeUser(db, 'admin');
			const { user } = await target(db);
			return async () => expect(await change(db, by(admin), user.id)).toBe('done');
		}
	};
}

function by(user: { id: string; email: string }): AuditedBy {
	return { userId: user.id, email: user.email, ...client };
}

/* A user with two-factor on, signed in twice, and the next code their app would show. */
async function enrolled(db: DB, role: 'researcher' | 'admin' = 'researcher') {
	const user = await makeUser(db, role);
	await startTwoFactorSetup(db, user.id);
	await enableTotp(db, user.id);
	await replaceRecoveryCodes(db, user.id);
	const stored = await getUser(db, user.id);
	const key = openTotpKey(stored!.totp_key!, user.id);
	const code = generateHOTP(key, BigInt(totpStep(new Date())), 6);
	const one = await createSession(db, user.id, { twoFactorVerified: true });
	await createSession(db, user.id, { twoFactorVerified: true });
	return { user, code, session: one.session };
}

async function twoSessions(db: DB) {
	const user = await makeUser(db);
	const one = await createSession(db, user.id, { twoFactorVerified: false });
	const two = await createSession(db, user.id, { twoFactorVerified: false });
	return { user, current: one.session.id, other: two.session.id };
}

const CASES: Case[] = [
	{
		name: 'ending one of your sessions',
		action: 'session.revoke',
		refuse: ['INSERT', 'audit_events'],
		async prepare(db) {
			const { user, current, other } = await twoSessions(db);
			return () => endOwnSession(db, by(user), other, current);
		}
	},
	{
		name: 'ending all your other sessions',
		action: 'session.revoke',
		refuse: ['INSERT', 'audit_events'],
		async prepare(db) {
			const { user, current } = await twoSessions(db);
			return () => endOtherSessions(db, by(user), current);
		}
	},
	{
		name: 'signing out',
		action: 'signout',
		refuse: ['INSERT', 'audit_events'],
		async prepare(db) {
			const { user, current } = await twoSessions(db);
			return () => signOut(db, by(user), current);
		}
	},
	{
		name: 'changing your password (the fresh session refused, after the audit entry)',
		action: 'password.change',
		refuse: ['INSERT', 'sessions'],
		async prepare(db) {
			const user = await makeUser(db, 'researcher', await hashPassword(PASSWORD));
			await createSession(db, user.id, { twoFactorVerified: false });
			return async () => {
				const result = await changeOwnPassword(
					db,
					{ ...by(user), displayName: user.display_name },
					{
						current: PASSWORD,
						password: 'quiet harbour under tall cedars',
						confirm: 'quiet harbour under tall cedars',
						twoFactorVerified: false,
						language: 'en'
					}
				);
				expect(result.kind).toBe('changed');
			};
		}
	},
	{
		name: 'turning two-factor on (recovery codes refused, after the code is used)',
		action: 'two-factor.enrol',
		refuse: ['INSERT', 'recovery_codes'],
		async prepare(db) {
			const user = await makeUser(db);
			const { session } = await createSession(db, user.id, { twoFactorVerified: false });
			await startTwoFactorSetup(db, user.id);
			const stored = await getUser(db, user.id);
			const key = openTotpKey(stored!.totp_key!, user.id);
			const code = generateHOTP(key, BigInt(totpStep(new Date())), 6);
			return async () => {
				const result = await confirmTwoFactorSetup(db, {
					userId: user.id,
					sessionId: session.id,
					code,
					client
				});
				expect(result.kind).toBe('ok');
			};
		}
	},
	{
		name: 'making new recovery codes',
		action: 'two-factor.recovery-codes',
		refuse: ['INSERT', 'recovery_codes'],
		async prepare(db) {
			const { user, code } = await enrolled(db);
			return async () => {
				const result = await renewRecoveryCodes(db, { userId: user.id, code, client });
				expect(result.kind).toBe('ok');
			};
		}
	},
	{
		name: 'turning two-factor off (ending the sessions refused)',
		action: 'two-factor.disable',
		refuse: ['DELETE', 'sessions'],
		async prepare(db) {
			const { user, code } = await enrolled(db);
			return async () => {
				const result = await turnOffTwoFactor(db, {
					userId: user.id,
					role: user.role,
					code,
					client
				});
				expect(result.kind).toBe('ok');
			};
		}
	},
	adminCase("an admin changing someone's role", 'user.role', twoSessions, (db, admin, id) =>
		changeRole(db, admin, id, 'editor')
	),
	adminCase('an admin deactivating an account', 'user.deactivate', twoSessions, deactivateUser),
	adminCase(
		'an admin reactivating an account',
		'user.reactivate',
		async (db) => {
			const user = await makeUser(db);
			await db.updateTable('users').set({ active: 0 }).where('id', '=', user.id).execute();
			return { user };
		},
		reactivateUser
	),
	adminCase(
		"an admin resetting someone's two-factor sign-in",
		'two-factor.reset',
		enrolled,
		resetUserTwoFactor
	),
	{
		name: 'an admin inviting someone',
		action: 'invite.create',
		refuse: ['INSERT', 'audit_events'],
		async prepare(db) {
			const admin = await makeUser(db, 'admin');
			const email = `invited.${crypto.randomUUID()}@example.org`;
			return () =>
				inviteSomeone(
					db,
					{ ...by(admin), displayName: admin.display_name },
					{ email, role: 'viewer', origin: 'http://localhost' }
				);
		}
	},
	{
		name: 'an admin withdrawing an invite',
		action: 'invite.revoke',
		refuse: ['INSERT', 'audit_events'],
		async prepare(db) {
			const admin = await makeUser(db, 'admin');
			const invite = await createInvite(db, {
				email: `withdrawn.${crypto.randomUUID()}@example.org`,
				role: 'viewer',
				createdBy: admin.id
			});
			return async () => expect(await withdrawInvite(db, by(admin), invite.id)).toBe(true);
		}
	},
	{
		name: 'accepting an invite (the new session refused, after the audit entry)',
		action: 'invite.redeem',
		refuse: ['INSERT', 'sessions'],
		async prepare(db) {
			const admin = await makeUser(db, 'admin');
			const invite = await createInvite(db, {
				email: `accepted.${crypto.randomUUID()}@example.org`,
				role: 'viewer',
				createdBy: admin.id
			});
			const passwordHash = await hashPassword(PASSWORD);
			return () =>
				acceptInvite(db, {
					token: invite.token,
					inviteId: invite.id,
					displayName: 'Invited Viewer',
					passwordHash,
					client,
					previousSessionId: null,
					language: 'en'
				});
		}
	},
	{
		name: 'an admin turning the four-eyes rule off',
		action: 'publication',
		refuse: ['INSERT', 'audit_events'],
		async prepare(db) {
			const admin = await makeUser(db, 'admin');
			return () => setFourEyesRule(db, by(admin), false);
		}
	}
];

describeEachDatabase('account and admin services', ({ db, dialect }) => {
	beforeAll(() => useSecretKey(getRandomValues(new Uint8Array(32))));
	// Each case starts from a clean sheet: no other admin, no four-eyes setting, no throttles.
	beforeEach(async () => {
		for (const table of [
			'recovery_codes',
			'sessions',
			'invites',
			'throttle_buckets',
			'settings'
		] as const)
			await db().deleteFrom(table).execute();
	});

	for (const c of CASES) {
		it(`${c.name}: the change and its audit entry are written together`, async () => {
			const change = await c.prepare(db());
			const before = await everything(db());
			await change();
			const after = await everything(db());
			expect(after).not.toEqual({ ...before, audit: after.audit });
			const added = after.audit.filter((e) => !before.audit.some((b) => b.id === e.id));
			expect(added.map((e) => `${e.action}:${e.outcome}`)).toContain(`${c.action}:success`);
		});

		it(`${c.name}: a failure part-way writes nothing and audits nothing`, async () => {
			const change = await c.prepare(db());
			const before = await everything(db());
			const allow = await refuse(db(), dialect, ...c.refuse);
			try {
				await expect(change()).rejects.toThrow(/refused by the test/);
			} finally {
				await allow();
			}
			expect(await everything(db())).toEqual(before);
		});
	}

	it('refuses to demote the last active admin, writing only the refusal to the audit log', async () => {
		await db().updateTable('users').set({ active: 0 }).where('role', '=', 'admin').execute();
		const admin = await makeUser(db(), 'admin');
		const before = await everything(db());
		expect(await changeRole(db(), by(admin), admin.id, 'viewer')).toBe('last-admin');
		const after = await everything(db());
		expect({ ...after, audit: before.audit }).toEqual(before);
		expect(after.audit.length).toBe(before.audit.length + 1);
		expect(after.audit.find((e) => !before.audit.some((b) => b.id === e.id))).toMatchObject({
			action: 'user.role',
			outcome: 'denied'
		});
	});
});
