import { settings } from '../config.js';
import { currentMs } from '../clock.js';

/*
 * Small per-process memos for public read models and pages. Public data changes when an
 * editor publishes, not per request, and shared caches keep public answers for half a minute
 * (http/cache.ts); keeping an assembled page for a while here too lets one instance serve
 * a popular country page without re-reading a record of 10,000 events each time. Entries
 * expire after `ttlMs`; the oldest go first past `max` entries. Concurrent misses for one key
 * share a single load.
 *
 * Every public cache registers itself, so that a change made through this instance (any
 * signed-in write, see hooks.server.ts) empties them all at once: this instance shows the
 * change at once, and other instances within the time-to-live.
 */

export interface Memo<T> {
	get(key: string, load: () => Promise<T>): Promise<T>;
	clear(): void;
}

interface Clearable {
	clear(): void;
}

const publicCaches = new Set<Clearable>();

/** Registers a cache of public data, to be emptied whenever that data may have changed. */
export function registerPublicCache<C extends Clearable>(cache: C): C {
	publicCaches.add(cache);
	return cache;
}

/** Empties every registered public cache (after a write that may have changed public data). */
export function clearPublicCaches(): void {
	for (const cache of publicCaches) cache.clear();
}

interface ExpiryOptions {
	/** A function when the lifetime comes from the settings, which are read at start-up, after import. */
	ttlMs: number | (() => number);
	max: number;
	now?: () => number;
}

export interface ExpiringStore<T> {
	get(key: string): T | undefined;
	set(key: string, value: T): void;
	delete(key: string): void;
	clear(): void;
}

/** A map whose entries expire after `ttlMs` (none are kept when it is 0); past `max`, the oldest go. */
export function createExpiringStore<T>({
	ttlMs,
	max,
	now = () => currentMs()
}: ExpiryOptions): ExpiringStore<T> {
	const entries = new Map<string, { at: number; value: T }>();
	const lifetime = typeof ttlMs === 'function' ? ttlMs : () => ttlMs;
	return {
		get(key) {
			const hit = entries.get(key);
			if (hit && now() - hit.at < lifetime()) return hit.value;
			entries.delete(key);
			return undefined;
		},
		set(key, value) {
			entries.delete(key);
			entries.set(key, { at: now(), value });
			while (entries.size > max) {
				const oldest = entries.keys().next().value;
				if (oldest === undefined) break;
				entries.delete(oldest);
			}
		},
		delete(key) {
			entries.delete(key);
		},
		clear() {
			entries.clear();
		}
	};
}

export function createMemo<T>(options: ExpiryOptions): Memo<T> {
	const store = createExpiringStore<Promise<T>>(options);
	return {
		get(key, load) {
			const hit = store.get(key);
			if (hit) return hit;
			const value = load();
			store.set(key, value);
			// A failed load is not kept: the next request tries again.
			value.catch(() => store.delete(key));
			return value;
		},
		clear: () => store.clear()
	};
}

/** How long a public page's data may be reused (PUBLIC_MEMO_MS); well inside the 60 s caches are told. */
export const publicMemoMs = (): number => settings().publicMemoMs;
