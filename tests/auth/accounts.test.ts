import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getRandomValues } from 'node:crypto';
import { generateHOTP } from '@oslojs/otp';
import { describeEachDatabase } from '../helpers/databases.js';
import {
	hashPassword,
	passwordProblem,
	verifyPassword
} from '../../src/lib/server/auth/passwords.js';
import { checkPassword, checkSecondFactor } from '../../src/lib/server/auth/signin.js';
import {
	consumeTotpCode,
	generateTotpKey,
	openTotpKey,
	sealTotpKey,
	totpStep
} from '../../src/lib/server/auth/totp.js';
import { useSecretKey } from '../../src/lib/server/auth/secret-key.js';
import {
	consumeRecoveryCode,
	countUnusedRecoveryCodes,
	replaceRecoveryCodes
} from '../../src/lib/server/auth/recovery-codes.js';
import {
	createInvite,
	findInvite,
	InviteError,
	redeemInvite
} from '../../src/lib/server/auth/invites.js';
import {
	changeUserRole,
	enableTotp,
	getUser,
	LastAdminError,
	savePendingTotpKey,
	setUserActive
} from '../../src/lib/server/auth/users.js';
import { ensureFirstAdmin } from '../../src/lib/server/auth/bootstrap.js';
import { listFailedSignIns, recordAudit } from '../../src/lib/server/audit.js';
import {
	describeRetry,
	ThrottledError,
	assertNotThrottled,
	pairKey
} from '../../src/lib/server/auth/throttle.js';
import { client, config, makeUser, PLACEHOLDER_HASH } from './fixtures.js';

describe('passwords', () => {
	it('hashes with argon2id at 19456 KiB, 2 passes, 1 lane, and verifies', async () => {
		const hash = await hashPassword('a long and unusual passphrase');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(hash, 'a long and unusual passphrase')).toBe(true);
		expect(await verifyPassword(hash, 'a long and unusual passphrasE')).toBe(false);
		expect(await verifyPassword('not a hash', 'anything')).toBe(false);
	});

	it.each([
		['short1!', /at least 12/],
		['password1234', /common/],
		['Password2024!', /common/],
		['P@ssw0rd!!2025', /common/],
		['qwertyuiop123', /common/],
		['aaaaaaaaaaaaaaaa', /common/],
		['correct horse battery staple', /common/],
		['welcomewelcome', /common/],
		['rosalindfranklin', /name or email/],
		['Rosalind.Franklin@Example.org', /email address, or the part before the “@”/],
		['my rosalind.franklin@example.org!', /email address, or the part before the “@”/],
		['ROSALIND.FRANKLIN 1952 photo 51', /email address, or the part before the “@”/]
	])('refuses %s', (password, why) => {
		expect(
			passwordProblem(password, ['rosalind.franklin@example.org', 'Rosalind Franklin'])
		).toMatch(why);
	});

	it('accepts an uncommon passphrase', () => {
		expect(passwordProblem('quiet harbour under tall cedars')).toBeNull();
	});
});

describeEachDatabase('sign-in, two-factor, invites and admins', ({ db }) => {
	beforeAll(() => useSecretKey(getRandomValues(new Uint8Array(32))));

	it('says the same thing for an unknown address, a wrong password and a deactivated account', async () => {
		const hash = await hashPassword('lantern orbit forty meadow');
		const user = await makeUser(db(), 'viewer', hash);
		const other = { ...client, ip: '192.0.2.20' };
		expect(
			await checkPassword(db(), { email: 'nobody@example.org', password: 'x', client: other })
		).toEqual({ kind: 'invalid' });
		expect(
			await checkPassword(db(), { email: user.email, password: 'wrong', client: other })
		).toEqual({ kind: 'invalid' });
		const ok = await checkPassword(db(), {
			email: user.email.toUpperCase(),
			password: 'lantern orbit forty meadow',
			client: other
		});
		expect(ok.kind).toBe('ok');
		await setUserActive(db(), user.id, false);
		expect(
			await checkPassword(db(), {
				email: user.email,
				password: 'lantern orbit forty meadow',
				client: other
			})
		).toEqual({ kind: 'invalid' });
	});

	it('throttles one address guessing at an account, with a longer wait each time, kept in the database', async () => {
		const user = await makeUser(db(), 'viewer', await hashPassword('lantern orbit forty meadow'));
		const attacker = { ...client, ip: '198.51.100.66' };
		const now = new Date('2026-03-01T10:00:00.000Z');
		const guess = (password: string, at: Date, from = attacker) =>
			checkPassword(db(), { email: user.email, password, client: from, now: at });
		let last;
		for (let i = 0; i < config.throttleAccountLimit; i++) last = await guess('wrong', now);
		expect(last?.kind).toBe('throttled');
		// Even the right password is refused from that address while it waits.
		const blocked = await guess('lantern orbit forty meadow', now);
		expect(blocked.kind).toBe('throttled');
		if (blocked.kind !== 'throttled') throw new Error('unreachable');
		expect(blocked.retryAt.getTime()).toBe(now.getTime() + config.throttleBlockMs);
		expect(describeRetry(blocked.retryAt, now)).toMatch(/Try again at 10:15 UTC \(in 15 minutes\)/);
		await expect(
			assertNotThrottled(db(), [pairKey('signin', user.email, attacker.ip)], now)
		).rejects.toBeInstanceOf(ThrottledError);

		// The owner, elsewhere, is not kept out: no second factor needed for a viewer.
		expect((await guess('lantern orbit forty meadow', now, client)).kind).toBe('ok');

		// The same address failing again waits twice as long, then four times.
		const second = new Date(now.getTime() + config.throttleBlockMs + 1000);
		for (let i = 0; i < config.throttleAccountLimit; i++) last = await guess('wrong', second);
		expect(last).toEqual({
			kind: 'throttled',
			retryAt: new Date(second.getTime() + 2 * config.throttleBlockMs)
		});
		const third = new Date(second.getTime() + 2 * config.throttleBlockMs + 1000);
		for (let i = 0; i < config.throttleAccountLimit; i++) last = await guess('wrong', third);
		expect(last).toEqual({
			kind: 'throttled',
			retryAt: new Date(third.getTime() + 4 * config.throttleBlockMs)
		});

		// After the wait, the right password from that address works and forgets its history.
		const after = new Date(third.getTime() + 4 * config.throttleBlockMs + 1000);
		expect((await guess('lantern orbit forty meadow', after)).kind).toBe('ok');
		for (let i = 0; i < config.throttleAccountLimit; i++) last = await guess('wrong', after);
		expect(last).toEqual({
			kind: 'throttled',
			retryAt: new Date(after.getTime() + config.throttleBlockMs)
		});
	});

	it('lets an editor in from another address, with password and code, while one address attacks', async () => {
		const password = 'lantern orbit forty meadow';
		const editor = await makeUser(db(), 'editor', await hashPassword(password));
		const key = generateTotpKey();
		await savePendingTotpKey(db(), editor.id, sealTotpKey(key, editor.id));
		await enableTotp(db(), editor.id);
		const attacker = { ip: '203.0.113.66', userAgent: 'attacker' };
		const owner = { ip: '192.0.2.77', userAgent: 'owner' };
		const now = new Date();
		for (let i = 0; i < config.throttleAccountLimit + 2; i++) {
			await checkPassword(db(), {
				email: editor.email,
				password: `guess ${i}`,
				client: attacker,
				now
			});
		}
		expect(
			(await checkPassword(db(), { email: editor.email, password, client: attacker, now })).kind
		).toBe('throttled');

		expect(
			(await checkPassword(db(), { email: editor.email, password, client: owner, now })).kind
		).toBe('ok');
		const code = generateHOTP(key, BigInt(totpStep(now)), 6);
		expect(
			(await checkSecondFactor(db(), { userId: editor.id, code, client: owner, now })).kind
		).toBe('ok');

		const events = await db()
			.selectFrom('audit_events')
			.select(['ip', 'detail'])
			.where('user_id', '=', editor.id)
			.where('action', '=', 'signin.under-attack')
			.execute();
		expect(events).toHaveLength(1);
		expect(events[0]!.ip).toBe(owner.ip);
		expect(JSON.parse(events[0]!.detail)).toMatchObject({
			failedAttemptsFromOthers: config.throttleAccountLimit + 3,
			otherAddresses: 1
		});
		expect(await listFailedSignIns(db(), editor.id, new Date(now.getTime() - 60_000))).toEqual([
			{ ip: attacker.ip, attempts: config.throttleAccountLimit + 3, latest: now.toISOString() }
		]);

		// The attacker still waits, with the right password too.
		expect(
			(await checkPassword(db(), { email: editor.email, password, client: attacker, now })).kind
		).toBe('throttled');
	});

	it('under attack from many addresses, only password plus second factor gets in', async () => {
		const password = 'lantern orbit forty meadow';
		const editor = await makeUser(db(), 'editor', await hashPassword(password));
		await enableTotp(db(), editor.id);
		const viewer = await makeUser(db(), 'viewer', await hashPassword(password));
		const now = new Date('2026-03-03T08:00:00.000Z');
		const addresses = Math.ceil(config.throttleAccountTotalLimit / config.throttleAccountLimit);
		for (const user of [editor, viewer]) {
			for (let a = 0; a < addresses; a++) {
				for (let i = 0; i < config.throttleAccountLimit; i++) {
					await checkPassword(db(), {
						email: user.email,
						password: 'wrong',
						client: { ip: `198.18.${a}.${user === editor ? 1 : 2}`, userAgent: null },
						now
					});
				}
			}
		}
		const fresh = { ip: '192.0.2.200', userAgent: null };
		// A wrong password from a fresh address gets the same answer as a viewer's right one.
		const wrong = await checkPassword(db(), {
			email: editor.email,
			password: 'x',
			client: fresh,
			now
		});
		expect(wrong.kind).toBe('throttled');
		expect(
			(await checkPassword(db(), { email: viewer.email, password, client: fresh, now })).kind
		).toBe('throttled');
		expect(
			(await checkPassword(db(), { email: editor.email, password, client: fresh, now })).kind
		).toBe('ok');
		const event = await db()
			.selectFrom('audit_events')
			.select('detail')
			.where('user_id', '=', editor.id)
			.where('action', '=', 'signin.under-attack')
			.executeTakeFirstOrThrow();
		expect(JSON.parse(event.detail)).toMatchObject({ accountThrottled: true });
	});

	it('throttles per client address across accounts', async () => {
		const ip = '203.0.113.7';
		const user = await makeUser(db(), 'viewer', await hashPassword('lantern orbit forty meadow'));
		let last;
		for (let i = 0; i < config.throttleAddressLimit; i++) {
			last = await checkPassword(db(), {
				email: `guess${i}@example.org`,
				password: 'x',
				client: { ip, userAgent: null }
			});
		}
		expect(last?.kind).toBe('throttled');
		// That address is refused on an account it never tried, right password or not.
		const other = await checkPassword(db(), {
			email: user.email,
			password: 'lantern orbit forty meadow',
			client: { ip, userAgent: null }
		});
		expect(other.kind).toBe('throttled');
	});

	it('accepts a valid code once, rejects a replay and a wrong code, and throttles', async () => {
		const user = await makeUser(db(), 'editor');
		const key = generateTotpKey();
		await savePendingTotpKey(db(), user.id, sealTotpKey(key, user.id));
		await enableTotp(db(), user.id);
		const now = new Date();
		const code = generateHOTP(key, BigInt(totpStep(now)), 6);
		const wrong = code === '000000' ? '111111' : '000000';
		const stored = (await getUser(db(), user.id))!;
		expect(stored.totp_key).toMatch(/^v1\./);
		expect(openTotpKey(stored.totp_key!, user.id)).toEqual(key);

		expect(await consumeTotpCode(db(), stored, wrong, now)).toBe('wrong');
		expect(await consumeTotpCode(db(), stored, code, now)).toBe('ok');
		expect(await consumeTotpCode(db(), stored, code, now)).toBe('replayed');
		// An older step than the last one used is a replay too.
		const previous = generateHOTP(key, BigInt(totpStep(now) - 1), 6);
		expect(await consumeTotpCode(db(), stored, previous, now)).toBe('replayed');

		let result;
		for (let i = 0; i < config.throttleAccountLimit; i++) {
			result = await checkSecondFactor(db(), { userId: user.id, code: wrong, client, now });
		}
		expect(result?.kind).toBe('throttled');
		const next = generateHOTP(key, BigInt(totpStep(now) + 1), 6);
		expect((await checkSecondFactor(db(), { userId: user.id, code: next, client, now })).kind).toBe(
			'throttled'
		);
	});

	it('makes ten recovery codes, stores only hashes, and each works once', async () => {
		const user = await makeUser(db(), 'viewer');
		const codes = await replaceRecoveryCodes(db(), user.id);
		expect(codes).toHaveLength(10);
		const rows = await db()
			.selectFrom('recovery_codes')
			.select('code_hash')
			.where('user_id', '=', user.id)
			.execute();
		const plain = codes.map((c) => c.replace(/-/g, ''));
		for (const row of rows) {
			expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);
			expect(plain).not.toContain(row.code_hash);
		}
		expect(await consumeRecoveryCode(db(), user.id, codes[0]!.toUpperCase())).toBe(true);
		expect(await consumeRecoveryCode(db(), user.id, codes[0]!)).toBe(false);
		expect(await consumeRecoveryCode(db(), user.id, 'abcd-efgh-jkmn-pqrs')).toBe(false);
		expect(await countUnusedRecoveryCodes(db(), user.id)).toBe(9);
		// A recovery code also passes the second-factor step, once.
		expect((await checkSecondFactor(db(), { userId: user.id, code: codes[1]!, client })).kind).toBe(
			'ok'
		);
		expect((await checkSecondFactor(db(), { userId: user.id, code: codes[1]!, client })).kind).toBe(
			'invalid'
		);
	});

	it('redeems an invite once; a used, expired or withdrawn link does not work', async () => {
		const admin = await makeUser(db(), 'admin');
		const now = new Date('2026-03-02T12:00:00.000Z');
		const invite = await createInvite(db(), {
			email: 'Invitee.One@Example.org',
			role: 'researcher',
			createdBy: admin.id,
			now,
			config
		});
		const row = await db()
			.selectFrom('invites')
			.selectAll()
			.where('id', '=', invite.id)
			.executeTakeFirstOrThrow();
		expect(row.token_hash).not.toContain(invite.token.split('.')[1]!);
		expect(await findInvite(db(), invite.token, now)).toMatchObject({
			invite: { email: 'invitee.one@example.org', role: 'researcher' }
		});
		const user = await redeemInvite(db(), invite.token, {
			displayName: 'Invitee One',
			passwordHash: PLACEHOLDER_HASH,
			now
		});
		expect(user.role).toBe('researcher');
		expect(await findInvite(db(), invite.token, now)).toEqual({ problem: 'used' });
		await expect(
			redeemInvite(db(), invite.token, {
				displayName: 'Again',
				passwordHash: PLACEHOLDER_HASH,
				now
			})
		).rejects.toBeInstanceOf(InviteError);

		const expiring = await createInvite(db(), {
			email: 'invitee.two@example.org',
			role: 'viewer',
			createdBy: admin.id,
			now,
			config
		});
		const after = new Date(now.getTime() + config.inviteMs);
		expect(await findInvite(db(), expiring.token, after)).toEqual({ problem: 'expired' });
		await expect(
			redeemInvite(db(), expiring.token, {
				displayName: 'Late',
				passwordHash: PLACEHOLDER_HASH,
				now: after
			})
		).rejects.toThrow(/expired/);

		// A new invite for the same address withdraws the earlier one.
		const replaced = await createInvite(db(), {
			email: 'invitee.two@example.org',
			role: 'viewer',
			createdBy: admin.id,
			now,
			config
		});
		expect(await findInvite(db(), expiring.token, now)).toEqual({ problem: 'revoked' });
		expect('invite' in (await findInvite(db(), replaced.token, now))).toBe(true);
		expect(
			await findInvite(db(), `${replaced.token.split('.')[0]}.${'a'.repeat(52)}`, now)
		).toEqual({ problem: 'unknown' });
		await expect(
			createInvite(db(), { email: user.email, role: 'viewer', createdBy: admin.id, config })
		).rejects.toThrow(/already has an account/);
	});

	it('never removes the last active admin, by role change or deactivation', async () => {
		// This block's database may hold admins from other tests: make this one the only active admin.
		const others = await db()
			.selectFrom('users')
			.select('id')
			.where('role', '=', 'admin')
			.execute();
		for (const o of others) await setUserActive(db(), o.id, false).catch(() => undefined);
		const admins = await db()
			.selectFrom('users')
			.select('id')
			.where('role', '=', 'admin')
			.where('active', '=', 1)
			.execute();
		const only = admins[0] ? admins[0] : await makeUser(db(), 'admin');
		await db()
			.updateTable('users')
			.set({ active: 0 })
			.where('role', '=', 'admin')
			.where('id', '!=', only.id)
			.execute();

		await expect(changeUserRole(db(), only.id, 'editor')).rejects.toBeInstanceOf(LastAdminError);
		await expect(setUserActive(db(), only.id, false)).rejects.toBeInstanceOf(LastAdminError);
		const second = await makeUser(db(), 'admin');
		expect(await changeUserRole(db(), only.id, 'editor')).toEqual({ from: 'admin', to: 'editor' });
		await expect(setUserActive(db(), second.id, false)).rejects.toBeInstanceOf(LastAdminError);
	});

	it('writes audit rows without secrets, and the database refuses to update or delete them', async () => {
		await recordAudit(db(), {
			action: 'signin',
			outcome: 'failure',
			actorEmail: 'someone@example.org',
			ip: '192.0.2.1',
			detail: {
				reason: 'wrong password',
				password: 'hunter2hunter2',
				token: 'abc',
				totpCode: '123456'
			}
		});
		const row = await db()
			.selectFrom('audit_events')
			.selectAll()
			.where('actor_email', '=', 'someone@example.org')
			.executeTakeFirstOrThrow();
		expect(JSON.parse(row.detail)).toEqual({ reason: 'wrong password' });
		await expect(
			db()
				.updateTable('audit_events')
				.set({ outcome: 'success' })
				.where('id', '=', row.id)
				.execute()
		).rejects.toThrow(/append-only/);
		await expect(
			db().deleteFrom('audit_events').where('id', '=', row.id).execute()
		).rejects.toThrow(/append-only/);
		const again = await db()
			.selectFrom('audit_events')
			.selectAll()
			.where('id', '=', row.id)
			.executeTakeFirstOrThrow();
		expect(again).toEqual(row);
	});
});

describeEachDatabase('first admin', ({ db }) => {
	it('is made once from ADMIN_EMAIL and ADMIN_PASSWORD, and refuses a weak password', async () => {
		await expect(
			ensureFirstAdmin(db(), { email: 'boss@example.org', password: 'password1234' })
		).rejects.toThrow(/ADMIN_PASSWORD/);
		const made = await ensureFirstAdmin(db(), {
			email: 'Boss@Example.org',
			password: 'lantern orbit forty meadow'
		});
		expect(made).toEqual({ email: 'boss@example.org', oneTimePassword: null });
		expect(await ensureFirstAdmin(db(), { email: 'other@example.org' })).toBeNull();
		const audit = await db()
			.selectFrom('audit_events')
			.select('detail')
			.where('action', '=', 'user.bootstrap')
			.execute();
		expect(audit).toHaveLength(1);
		expect(audit[0]!.detail).not.toContain('lantern');
	});
});

describeEachDatabase('first admin as the README shows it', ({ db }) => {
	it('accepts the ADMIN_EMAIL and ADMIN_PASSWORD of the quick start’s example', async () => {
		// A newcomer copies this line; a password the first start refuses would stop them there.
		const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		const example = /ADMIN_EMAIL=(\S+) ADMIN_PASSWORD='([^']+)' npm start/.exec(readme);
		expect(example).not.toBeNull();
		const [, email, password] = example!;
		expect(await ensureFirstAdmin(db(), { email, password })).toEqual({
			email,
			oneTimePassword: null
		});
	});
});

describeEachDatabase('first admin without a password', ({ db }) => {
	it('gets a printed one-time password that must be changed', async () => {
		const made = await ensureFirstAdmin(db(), {});
		expect(made?.oneTimePassword).toMatch(/^[A-Za-z0-9]{20}$/);
		const user = await db().selectFrom('users').selectAll().executeTakeFirstOrThrow();
		expect(user.must_change_password).toBe(1);
		expect(user.password_hash).not.toContain(made!.oneTimePassword!);
		expect(await verifyPassword(user.password_hash!, made!.oneTimePassword!)).toBe(true);
	});
});
