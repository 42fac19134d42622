// `npm run backup -- [FILE]` writes a consistent backup of DATABASE_URL while the server runs
// (default: a dated file under data/backups/). SQLite: a database file; PostgreSQL: pg_dump's
// custom format. The secret key is never in it: keep that apart (see the README).
import { describeDatabase } from '../src/lib/server/db/config.js';
import { backupDatabase } from '../src/lib/server/archive/backup.js';
import { datedFile } from '../src/lib/server/archive/files.js';
import { runCommand } from '../src/lib/server/command.js';

await runCommand('npm run backup -- [FILE]', [], async ({ config, file }) => {
	const target = file ?? datedFile('data/backups', config.kind === 'sqlite' ? '.db' : '.dump');
	await backupDatabase(config, target);
	console.log(`[pledgewatch] Backed up ${describeDatabase(config)} to ${target}.`);
});
