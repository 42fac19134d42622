import type { DB } from '../db/connect.js';

// Replaced by the demo seed (in progress): loads the Kazakhstan record into an empty database.
export async function seedDemoIfEmpty(_db: DB): Promise<boolean> {
	return false;
}
