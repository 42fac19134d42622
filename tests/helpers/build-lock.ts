import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/*
 * A lock between processes of one checkout (the test runs that may build the app): a
 * directory holding its owner's process id. It is made whole under another name and renamed
 * into place, so a lock never exists without its owner's id. A lock whose owner is no longer
 * alive (a run killed mid-build) is stale: the next process to want it moves it aside and
 * takes it, instead of waiting for it until it gives up. A lock without an id (left by the
 * plain mkdir lock this replaced) counts as stale too.
 *
 * What is left: an owner's id reused by a new process reads as alive, and the wait then ends
 * in the error naming the lock and that id, for a person to remove.
 */

const OWNER = 'pid';

function ownerOf(lock: string): number | null {
	try {
		const pid = Number(fs.readFileSync(path.join(lock, OWNER), 'utf8'));
		return Number.isInteger(pid) && pid > 0 ? pid : null;
	} catch {
		return null;
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function aside(lock: string): string {
	return `${lock}.${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Takes the lock if it is free; false when someone holds it. */
function tryTake(lock: string): boolean {
	const made = aside(lock);
	fs.mkdirSync(made);
	fs.writeFileSync(path.join(made, OWNER), String(process.pid));
	try {
		fs.renameSync(made, lock);
		return true;
	} catch {
		// Renaming onto a directory with a file in it fails: it is held. (An empty one, only
		// ever an old mkdir lock, is replaced, which is what clearIfStale would do with it.)
		fs.rmSync(made, { recursive: true, force: true });
		return false;
	}
}

/** Moves a stale lock out of the way; one whose owner is alive is left (or put back). */
function clearIfStale(lock: string): void {
	const owner = ownerOf(lock);
	if (owner !== null && alive(owner)) return;
	const grave = aside(lock);
	try {
		fs.renameSync(lock, grave);
	} catch {
		return; // gone already (released, or another waiter cleared it)
	}
	// Between reading the owner and moving it, the lock may have been released and taken anew.
	const moved = ownerOf(grave);
	if (moved !== owner && moved !== null && alive(moved)) {
		try {
			fs.renameSync(grave, lock);
			return;
		} catch {
			// Taken again meanwhile: that holder and this one's moved owner now overlap. Rare;
			// the worst outcome is two builds at once, which the lock exists to make unlikely.
		}
	}
	fs.rmSync(grave, { recursive: true, force: true });
}

/**
 * Waits for the lock at `lock` (a directory path), clearing a stale one, and returns its
 * release; after `timeoutMs` it throws an error naming the lock and its owner.
 */
export async function acquireLock(
	lock: string,
	{ timeoutMs = 5 * 60_000, pollMs = 500 }: { timeoutMs?: number; pollMs?: number } = {}
): Promise<() => void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (tryTake(lock)) break;
		clearIfStale(lock);
		if (tryTake(lock)) break;
		if (Date.now() > deadline) {
			const owner = ownerOf(lock);
			throw new Error(
				`Timed out waiting for the lock ${lock}` +
					(owner === null ? '' : `, held by process ${owner}`) +
					'; if no such run is going on, remove it.'
			);
		}
		await new Promise((r) => setTimeout(r, pollMs));
	}
	return () => {
		if (ownerOf(lock) === process.pid) fs.rmSync(lock, { recursive: true, force: true });
	};
}
