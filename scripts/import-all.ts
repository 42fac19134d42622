// `npm run import-all -- FILE` loads an archive made by `npm run export-all` (from SQLite or
// PostgreSQL) into the empty database at DATABASE_URL, in one transaction, keeping every id
// and timestamp. It refuses a database that holds any data.
import { describeDatabase, ConfigError } from '../src/lib/server/db/config.js';
import { connect } from '../src/lib/server/db/connect.js';
import { checkArchiveFile, importArchiveFile } from '../src/lib/server/archive/full.js';
import { runCommand } from '../src/lib/server/command.js';

await runCommand('npm run import-all -- FILE', [], async ({ config, file }) => {
	if (!file) throw new ConfigError('Name the archive to import: npm run import-all -- FILE');
	// Checked before connecting, which would make an empty SQLite file at a mistyped path.
	checkArchiveFile(file);
	const db = await connect(config);
	try {
		const result = await importArchiveFile(db, file);
		console.log(
			`[pledgewatch] Imported ${result.rows} rows of ${result.tables} tables from ${file} into ${describeDatabase(config)}.` +
				(result.migrated.length > 0 ? ` Then applied ${result.migrated.join(', ')}.` : '')
		);
	} finally {
		await db.destroy();
	}
});
