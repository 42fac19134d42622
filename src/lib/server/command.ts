import { parseArgs } from 'node:util';
import { settings } from './config.js';
import { ConfigError, type DatabaseConfig } from './db/config.js';
import { MigrationError } from './db/migrate.js';
import { OperationError } from './archive/files.js';
import { ArchivePlanError } from './archive/plan.js';

/*
 * The frame of the npm run commands (backup, restore, export-all, import-all, migrate, seed):
 * flags and at most one file argument, DATABASE_URL read through the one configuration module, as the server reads it, and every
 * expected failure printed as one line saying what is wrong, with exit code 1. Anything else is
 * a bug and keeps its stack.
 */

export interface CommandInput {
	config: DatabaseConfig;
	/** The file named after `--`, if any. */
	file: string | undefined;
	flags: Record<string, boolean>;
}

export async function runCommand(
	usage: string,
	flags: string[],
	run: (input: CommandInput) => Promise<void>
): Promise<void> {
	try {
		let parsed;
		try {
			parsed = parseArgs({
				allowPositionals: true,
				options: Object.fromEntries(flags.map((f) => [f, { type: 'boolean' as const }]))
			});
		} catch (error) {
			throw new ConfigError(`${(error as Error).message}. Usage: ${usage}`);
		}
		if (parsed.positionals.length > 1) {
			throw new ConfigError(`Give one file, not ${parsed.positionals.length}. Usage: ${usage}`);
		}
		const config = settings().database;
		const values = parsed.values as Record<string, boolean | undefined>;
		await run({
			config,
			file: parsed.positionals[0],
			flags: Object.fromEntries(flags.map((f) => [f, values[f] === true]))
		});
	} catch (error) {
		if (
			error instanceof ConfigError ||
			error instanceof OperationError ||
			error instanceof MigrationError ||
			error instanceof ArchivePlanError
		) {
			console.error(`[pledgewatch] error: ${error.message}`);
			process.exit(1);
		}
		throw error;
	}
}
