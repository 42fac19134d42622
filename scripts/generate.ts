// `npm run generate -- --cases 100000`: replaces the fictional country Testland (XT) with
// generated load-test data in DATABASE_URL. Never touches the demo record.
import { parseArgs } from 'node:util';
import { ConfigError, describeDatabase } from '../src/lib/server/db/config.js';
import { settings } from '../src/lib/server/config.js';
import { connect } from '../src/lib/server/db/connect.js';
import { MigrationError, migrateToLatest } from '../src/lib/server/db/migrate.js';
import { generateFictional, removeFictional } from '../src/lib/server/generate/fictional.js';

const { values } = parseArgs({
	options: {
		cases: { type: 'string', default: '10000' },
		pledges: { type: 'string' },
		engagements: { type: 'string' },
		seed: { type: 'string', default: '2021' },
		remove: { type: 'boolean', default: false }
	}
});

function count(name: string, value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0) {
		throw new ConfigError(`--${name} must be a whole number of 0 or more, not "${value}"`);
	}
	return n;
}

try {
	const config = settings().database;
	const db = await connect(config);
	try {
		await migrateToLatest(db);
		if (values.remove) {
			await removeFictional(db);
			console.log(`[pledgewatch] Removed Testland (fictional) from ${describeDatabase(config)}.`);
		} else {
			const started = Date.now();
			const made = await generateFictional(db, {
				cases: count('cases', values.cases) ?? 10000,
				pledges: count('pledges', values.pledges),
				engagements: count('engagements', values.engagements),
				seed: count('seed', values.seed)
			});
			console.log(
				`[pledgewatch] Generated Testland (fictional): ${made.cases} cases, ${made.pledges} pledges, ` +
					`${made.engagements} engagements, ${made.links} links in ${Date.now() - started} ms ` +
					`on ${describeDatabase(config)}.`
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
