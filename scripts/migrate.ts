// `npm run migrate` brings the database named by DATABASE_URL to the latest schema;
// `npm run migrate -- --down` reverts every migration (it asks for --yes first).
import { describeDatabase, ConfigError } from '../src/lib/server/db/config.js';
import { settings } from '../src/lib/server/config.js';
import { connect } from '../src/lib/server/db/connect.js';
import { migrateDownAll, migrateToLatest, MigrationError } from '../src/lib/server/db/migrate.js';

const down = process.argv.includes('--down');

try {
	const config = settings().database;
	const db = await connect(config);
	try {
		if (down) {
			if (!process.argv.includes('--yes')) {
				throw new ConfigError('Reverting every migration deletes all data; add --yes to confirm.');
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
} catch (error) {
	if (error instanceof ConfigError || error instanceof MigrationError) {
		console.error(`[pledgewatch] error: ${error.message}`);
		process.exit(1);
	}
	throw error;
}
