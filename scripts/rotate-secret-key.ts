// `npm run rotate-secret-key` changes the secret key that seals two-factor keys (after a leak,
// or on schedule). It reads the current key as the server does (PLEDGEWATCH_SECRET_KEY, or the
// key file), takes the new one from PLEDGEWATCH_NEW_SECRET_KEY or makes one, re-seals every
// stored two-factor key in one transaction, and then replaces the key file if that is where
// the key lives. Running servers keep the old key in memory until they restart.
import { describeDatabase, ConfigError } from '../src/lib/server/db/config.js';
import { settings } from '../src/lib/server/config.js';
import { connect } from '../src/lib/server/db/connect.js';
import { pendingMigrations } from '../src/lib/server/db/migrate.js';
import { KeyRotationError, resealTotpKeys } from '../src/lib/server/auth/rotate-key.js';
import {
	commitKeyFile,
	discardKeyFile,
	formatSecretKey,
	generateSecretKey,
	parseSecretKey,
	readSecretKey,
	stageKeyFile
} from '../src/lib/server/auth/secret-key.js';

const RESTART =
	'Running servers keep the old key in memory: restart every instance now. Until then ' +
	"two-factor sign-in fails for enrolled users (logged as 'Cannot read the two-factor key'), " +
	'and a key set up meanwhile is sealed with the old key (an admin then resets that ' +
	"user's two-factor sign-in).";

try {
	// Every setting checked first, as the server does: a bad value stops here with one line.
	const { database: config, newSecretKey: given } = settings();
	const db = await connect(config);
	try {
		// Rotation changes keys only; the schema is the server's (or npm run migrate's) to change.
		const pending = await pendingMigrations(db);
		if (pending.length > 0) {
			throw new ConfigError(
				`${describeDatabase(config)} has migrations not yet applied (${pending.join(', ')}); ` +
					'run npm run migrate first'
			);
		}
		const current = readSecretKey(settings(), config);
		const next = given ? parseSecretKey(given, 'PLEDGEWATCH_NEW_SECRET_KEY') : generateSecretKey();
		if (Buffer.from(next).equals(Buffer.from(current.key))) {
			throw new ConfigError(
				'PLEDGEWATCH_NEW_SECRET_KEY is the current secret key; give a new one, or leave it unset to have one made'
			);
		}
		// Staged before the database changes, so the new key is on disk whatever happens next.
		const file = current.source.kind === 'file' ? current.source.file : null;
		const staged = file ? stageKeyFile(file, next) : null;
		let resealed: number;
		try {
			({ resealed } = await resealTotpKeys(db, current.key, next));
		} catch (error) {
			if (staged) discardKeyFile(staged);
			throw error;
		}
		console.log(
			`[pledgewatch] Re-sealed ${resealed} two-factor key(s) in ${describeDatabase(config)} with the new secret key.`
		);
		if (!given) {
			console.log(
				`[pledgewatch] The new secret key (shown only this once; store it now where you keep ` +
					`secrets, apart from the database backups): ${formatSecretKey(next)}`
			);
		}
		if (file && staged) {
			try {
				commitKeyFile(staged, file);
			} catch (error) {
				throw new ConfigError(
					`The database now uses the new key, but ${staged} could not replace ${file} ` +
						`(${(error as Error).message}); move it there by hand before the server restarts`
				);
			}
			console.log(`[pledgewatch] Wrote the new key to ${file} (mode 0600). ${RESTART}`);
		} else {
			console.log(
				`[pledgewatch] Set PLEDGEWATCH_SECRET_KEY to the new key ` +
					`${given ? '(the value of PLEDGEWATCH_NEW_SECRET_KEY) ' : ''}on every instance. ${RESTART}`
			);
		}
	} finally {
		await db.destroy();
	}
} catch (error) {
	if (error instanceof KeyRotationError) {
		const rows = error.rows.map((row) => `${row.email} (user ${row.id}): ${row.reason}`);
		console.error(
			`[pledgewatch] error: Nothing was changed: ${error.message}: ${rows.join('; ')}. ${error.remedy}`
		);
		process.exit(1);
	}
	if (error instanceof ConfigError) {
		console.error(`[pledgewatch] error: ${error.message}`);
		process.exit(1);
	}
	throw error;
}
