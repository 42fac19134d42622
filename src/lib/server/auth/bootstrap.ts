import { generateRandomString } from '@oslojs/crypto/random';
import { getRandomValues } from 'node:crypto';
import type { DB } from '../db/connect.js';
import { ConfigError } from '../db/config.js';
import { log } from '../log.js';
import { settings, type Settings } from '../config.js';
import { recordAudit } from '../audit.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { countUsers, createUser, isEmail, normaliseEmail } from './users.js';

/*
 * The first admin, made on the first start of an empty database. With ADMIN_EMAIL and
 * ADMIN_PASSWORD set, that account is created as given. Otherwise a one-time password is
 * printed to the console, once (it is never stored in clear), and must be changed at first
 * sign-in. Either way the admin enrols two-factor sign-in before reaching anything else.
 */

export class BootstrapError extends ConfigError {
	override name = 'BootstrapError';
}

const DEFAULT_ADMIN_EMAIL = 'admin@pledgewatch.invalid';

export async function ensureFirstAdmin(
	db: DB,
	admin: Settings['admin'] = settings().admin
): Promise<{ email: string; oneTimePassword: string | null } | null> {
	if ((await countUsers(db)) > 0) return null;
	const email = normaliseEmail(admin.email ?? DEFAULT_ADMIN_EMAIL);
	if (!isEmail(email)) throw new BootstrapError(`ADMIN_EMAIL is not an email address: "${email}"`);
	const given = admin.password;
	if (given) {
		const problem = passwordProblem(given, [email]);
		if (problem) throw new BootstrapError(`ADMIN_PASSWORD is not accepted: ${problem}`);
	}
	const password =
		given ||
		generateRandomString(
			{ read: (bytes) => void getRandomValues(bytes) },
			'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789',
			20
		);
	try {
		const user = await createUser(db, {
			email,
			displayName: 'Administrator',
			role: 'admin',
			passwordHash: await hashPassword(password),
			mustChangePassword: !given
		});
		await recordAudit(db, {
			action: 'user.bootstrap',
			userId: user.id,
			actorEmail: email,
			targetType: 'user',
			targetId: user.id,
			detail: { source: given ? 'environment' : 'one-time password' }
		});
	} catch (error) {
		// Another instance starting at the same moment created it first.
		if ((await countUsers(db)) > 0) return null;
		throw error;
	}
	if (given) {
		log.info(`Created the first admin account ${email} from ADMIN_EMAIL and ADMIN_PASSWORD.`);
		return { email, oneTimePassword: null };
	}
	log.warn(
		`Created the first admin account ${email} with the one-time password ${password} ` +
			'(shown only now; it must be changed at first sign-in). Set ADMIN_EMAIL to choose the address.'
	);
	return { email, oneTimePassword: password };
}
