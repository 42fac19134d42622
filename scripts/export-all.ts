// `npm run export-all -- [FILE]` writes every record, link, citation, revision, account (with
// password hashes and sealed two-factor keys, never sessions) and audit event of DATABASE_URL
// as one versioned JSON Lines archive (default: a dated file under data/exports/).
import { describeDatabase } from '../src/lib/server/db/config.js';
import { connect } from '../src/lib/server/db/connect.js';
import { exportArchiveFile } from '../src/lib/server/archive/full.js';
import { datedFile } from '../src/lib/server/archive/files.js';
import { runCommand } from '../src/lib/server/command.js';

await runCommand('npm run export-all -- [FILE]', [], async ({ config, file }) => {
	const target = file ?? datedFile('data/exports', '.jsonl');
	const db = await connect(config);
	try {
		const counts = await exportArchiveFile(db, target);
		console.log(
			`[pledgewatch] Exported ${counts.rows} rows of ${counts.tables} tables from ${describeDatabase(config)} to ${target}.`
		);
	} finally {
		await db.destroy();
	}
});
