// `npm run restore -- FILE [--force]` loads a backup made by `npm run backup` into the database
// at DATABASE_URL. It refuses a database that already has tables unless --force is given;
// stop the server before replacing its database.
import { describeDatabase, ConfigError } from '../src/lib/server/db/config.js';
import { connect } from '../src/lib/server/db/connect.js';
import { pendingMigrations } from '../src/lib/server/db/migrate.js';
import { restoreDatabase } from '../src/lib/server/archive/backup.js';
import { runCommand } from '../src/lib/server/command.js';

await runCommand(
	'npm run restore -- FILE [--force]',
	['force'],
	async ({ config, file, flags }) => {
		if (!file)
			throw new ConfigError('Name the backup to restore: npm run restore -- FILE [--force]');
		await restoreDatabase(config, file, { force: flags.force });
		const db = await connect(config);
		try {
			const pending = await pendingMigrations(db);
			console.log(
				`[pledgewatch] Restored ${file} into ${describeDatabase(config)}.` +
					(pending.length > 0
						? ` It predates ${pending.length} migration(s); the server applies them on start (or run npm run migrate).`
						: '')
			);
		} finally {
			await db.destroy();
		}
	}
);
