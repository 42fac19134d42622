import { Migrator, NO_MIGRATIONS, type MigrationResultSet } from 'kysely';
import { migrations } from '../../../../migrations/index.js';
import type { DB } from './connect.js';

export class MigrationError extends Error {
	override name = 'MigrationError';
}

function migrator(db: DB): Migrator {
	return new Migrator({
		db,
		provider: { getMigrations: async () => migrations },
		migrationTableName: 'schema_migrations',
		migrationLockTableName: 'schema_migrations_lock'
	});
}

function check(result: MigrationResultSet, direction: string): string[] {
	if (result.error) {
		const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
		const reason = result.error instanceof Error ? result.error.message : String(result.error);
		throw new MigrationError(
			`Migration ${failed ?? '(unknown)'} failed ${direction}; the database was left as it was: ${reason}`
		);
	}
	return (result.results ?? []).map((r) => r.migrationName);
}

/** Applies every pending migration in one transaction; returns the names applied. */
export async function migrateToLatest(db: DB): Promise<string[]> {
	return check(await migrator(db).migrateToLatest(), 'going up');
}

/** Reverts every migration (used by tests and by `npm run migrate -- --down`). */
export async function migrateDownAll(db: DB): Promise<string[]> {
	return check(await migrator(db).migrateTo(NO_MIGRATIONS), 'going down');
}

export async function pendingMigrations(db: DB): Promise<string[]> {
	const list = await migrator(db).getMigrations();
	return list.filter((m) => !m.executedAt).map((m) => m.name);
}

/** The names of the migrations applied to this database, in order. */
export async function appliedMigrations(db: DB): Promise<string[]> {
	const list = await migrator(db).getMigrations();
	return list.filter((m) => m.executedAt).map((m) => m.name);
}

/** Applies pending migrations up to and including `name` (a full archive loads at its own schema). */
export async function migrateUpTo(db: DB, name: string): Promise<string[]> {
	return check(await migrator(db).migrateTo(name), 'going up');
}

/** Every migration this version of Pledgewatch knows, in order. */
export const knownMigrations: readonly string[] = Object.keys(migrations);
