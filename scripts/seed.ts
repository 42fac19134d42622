// `npm run seed` brings the database named by DATABASE_URL to the latest schema and (re)loads
// the demo record (Kazakhstan, late 2021). It overwrites only the demo's own records.
import { describeDatabase } from '../src/lib/server/db/config.js';
import { connect } from '../src/lib/server/db/connect.js';
import { migrateToLatest } from '../src/lib/server/db/migrate.js';
import { loadDemo } from '../src/lib/server/seed/demo.js';
import { runCommand } from '../src/lib/server/command.js';

await runCommand('npm run seed', [], async ({ config }) => {
	const db = await connect(config);
	try {
		await migrateToLatest(db);
		await loadDemo(db);
		console.log(
			`[pledgewatch] Loaded the demo record (Kazakhstan, late 2021) into ${describeDatabase(config)}.`
		);
	} finally {
		await db.destroy();
	}
});
