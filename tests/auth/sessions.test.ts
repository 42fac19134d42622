import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import {
	createSession,
	deleteUserSession,
	listUserSessions,
	validateSessionToken
} from '../../src/lib/server/auth/sessions.js';
import {
	changeUserRole,
	resetTwoFactor,
	setUserActive,
	setUserPassword
} from '../../src/lib/server/auth/users.js';
import { splitToken } from '../../src/lib/server/auth/tokens.js';
import { config, makeUser } from './fixtures.js';

const MINUTE = 60_000;
const start = new Date('2026-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(start.getTime() + ms);

describeEachDatabase('sessions', ({ db }) => {
	/** A new session of `userId` begun at `start`, before any second factor. */
	const sessionAtStart = (userId: string) =>
		createSession(db(), userId, { twoFactorVerified: false, now: start, config });

	it('stores only a SHA-256 hash of a 256-bit secret, never the token', async () => {
		const user = await makeUser(db());
		const { token } = await sessionAtStart(user.id);
		const parts = splitToken(token);
		expect(parts?.secret.length).toBeGreaterThanOrEqual(26); // >= 128 bits of base32
		const row = await db()
			.selectFrom('sessions')
			.selectAll()
			.where('id', '=', parts!.id)
			.executeTakeFirstOrThrow();
		expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(row.secret_hash).not.toBe(token);
		expect(row.secret_hash).not.toContain(parts!.secret);
		expect(JSON.stringify(row)).not.toContain(parts!.secret);
	});

	it('validates a good token and rejects tampered, unknown and malformed ones', async () => {
		const user = await makeUser(db());
		const { token } = await sessionAtStart(user.id);
		const found = await validateSessionToken(db(), token, { now: at(MINUTE), config });
		expect(found?.user.id).toBe(user.id);
		const [id, secret] = token.split('.') as [string, string];
		const flipped = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
		for (const bad of [
			`${id}.${flipped}`,
			`aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.${secret}`,
			id,
			'',
			'x.y.z',
			`${id}.`
		]) {
			expect(await validateSessionToken(db(), bad, { now: at(MINUTE), config })).toBeNull();
		}
	});

	it('ends after the idle timeout, and renews the idle deadline at most once per interval', async () => {
		const user = await makeUser(db());
		const { token, session } = await sessionAtStart(user.id);
		expect(Date.parse(session.idleExpiresAt) - start.getTime()).toBe(config.sessionIdleMs);

		// Within the renew interval: no write.
		const early = await validateSessionToken(db(), token, {
			now: at(config.sessionRenewMs / 2),
			config
		});
		expect(early?.session.idleExpiresAt).toBe(session.idleExpiresAt);

		// Past it: the idle deadline moves forward from now.
		const later = at(10 * MINUTE);
		const renewed = await validateSessionToken(db(), token, { now: later, config });
		expect(renewed?.session.idleExpiresAt).toBe(
			new Date(later.getTime() + config.sessionIdleMs).toISOString()
		);

		// Idle for longer than the timeout: gone, and deleted.
		const idle = at(10 * MINUTE + config.sessionIdleMs + 1);
		expect(await validateSessionToken(db(), token, { now: idle, config })).toBeNull();
		const rows = await db()
			.selectFrom('sessions')
			.select('id')
			.where('id', '=', session.id)
			.execute();
		expect(rows).toHaveLength(0);
	});

	it('ends at the absolute lifetime however active the user is', async () => {
		const user = await makeUser(db());
		const { token } = await sessionAtStart(user.id);
		let now = start.getTime();
		while (now + 20 * MINUTE < start.getTime() + config.sessionAbsoluteMs) {
			now += 20 * MINUTE;
			expect(
				await validateSessionToken(db(), token, { now: new Date(now), config })
			).not.toBeNull();
		}
		expect(
			await validateSessionToken(db(), token, { now: at(config.sessionAbsoluteMs), config })
		).toBeNull();
	});

	const revokers: [string, (userId: string) => Promise<unknown>][] = [
		[
			'password change',
			(id) => setUserPassword(db(), id, '$argon2id$v=19$m=19456,t=2,p=1$new$new')
		],
		['two-factor reset', (id) => resetTwoFactor(db(), id)],
		['role change', (id) => changeUserRole(db(), id, 'viewer')],
		['deactivation', (id) => setUserActive(db(), id, false)]
	];
	for (const [event, revoke] of revokers) {
		it(`revokes every session of the user on ${event}`, async () => {
			const user = await makeUser(db(), 'researcher');
			const other = await makeUser(db(), 'researcher');
			const a = await createSession(db(), user.id, { twoFactorVerified: true, now: start, config });
			const b = await createSession(db(), user.id, { twoFactorVerified: true, now: start, config });
			const keep = await createSession(db(), other.id, {
				twoFactorVerified: true,
				now: start,
				config
			});
			await revoke(user.id);
			expect(await validateSessionToken(db(), a.token, { now: at(MINUTE), config })).toBeNull();
			expect(await validateSessionToken(db(), b.token, { now: at(MINUTE), config })).toBeNull();
			expect(
				await validateSessionToken(db(), keep.token, { now: at(MINUTE), config })
			).not.toBeNull();
		});
	}

	it('lists a user’s sessions and lets them end one, but not someone else’s', async () => {
		const user = await makeUser(db());
		const other = await makeUser(db());
		const mine = await createSession(db(), user.id, {
			twoFactorVerified: false,
			now: new Date(),
			config
		});
		const theirs = await createSession(db(), other.id, {
			twoFactorVerified: false,
			now: new Date(),
			config
		});
		expect((await listUserSessions(db(), user.id)).map((s) => s.id)).toEqual([mine.session.id]);
		expect(await deleteUserSession(db(), user.id, theirs.session.id)).toBe(false);
		expect(await deleteUserSession(db(), user.id, mine.session.id)).toBe(true);
		expect(await listUserSessions(db(), user.id)).toEqual([]);
	});
});
