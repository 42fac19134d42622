import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A temporary folder for the calling test file (databases, key files, archives), removed when its tests end. */
export function scratchFolder(name: string): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pledgewatch-${name}-`));
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
	return dir;
}
