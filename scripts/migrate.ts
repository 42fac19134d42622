// `npm run migrate` brings the database named by DATABASE_URL to the latest schema;
// `npm run migrate -- --down` reverts every migration (it asks for --yes first).
import { describeDatabase, ConfigError } from '../src/lib/server/db/config.js';
import { connect } from '../src/lib/server/db/connect.js';
import { migrateDownAll, migrateToLatest } from '../src/lib/server/db/migrate.js';
import { runCommand } from '../src/lib/server/command.js';

await runCommand(
	'npm run migrate [-- --down --yes]',
	['down', 'yes'],
	async ({ config, flags }) => {
		const db = await connect(config);
		try {
			if (flags.down) {
				if (!flags.yes) {
					throw new ConfigError(
						'Reverting every migration deletes all data; add --yes to confirm.'
					);
				}
				const reverted = await migrateDownAll(db);
				console.log(
					`[pledgewatch] Reverted ${reverted.length} migration(s) on ${describeDatabase(config)}.`
				);
			} else {
				const applied = await migrateToLatest(db);
				console.log(
					applied.length > 0
						? `[pledgewatch] Applied ${applied.join(', ')} on ${describeDatabase(config)}.`
						: `[pledgewatch] ${describeDatabase(config)} is already at the latest schema.`
				);
			}
		} finally {
			await db.destroy();
		}
	}
);
