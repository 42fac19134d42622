import { describe, expect, it } from 'vitest';
import {
	clearPublicCaches,
	createExpiringStore,
	createMemo,
	registerPublicCache
} from '../../src/lib/server/public/memo.js';

/* The small expiring stores behind the public page memo and the kept rendered pages. */

function clock(start = 0) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('expiring store', () => {
	it('forgets an entry once its time-to-live has passed', () => {
		const time = clock();
		const store = createExpiringStore<string>({ ttlMs: 1000, max: 10, now: time.now });
		store.set('a', 'first');
		time.advance(999);
		expect(store.get('a')).toBe('first');
		time.advance(1);
		expect(store.get('a')).toBeUndefined();
	});

	it('drops the oldest entries past its size, and keeps nothing with a zero time-to-live', () => {
		const store = createExpiringStore<number>({ ttlMs: 1000, max: 2 });
		store.set('a', 1);
		store.set('b', 2);
		store.set('c', 3);
		expect([store.get('a'), store.get('b'), store.get('c')]).toEqual([undefined, 2, 3]);
		const off = createExpiringStore<number>({ ttlMs: 0, max: 2 });
		off.set('a', 1);
		expect(off.get('a')).toBeUndefined();
	});
});

describe('memo', () => {
	it('shares one load between concurrent callers and reloads after expiry', async () => {
		const time = clock();
		const memo = createMemo<number>({ ttlMs: 100, max: 10, now: time.now });
		let loads = 0;
		const load = async () => ++loads;
		expect(await Promise.all([memo.get('k', load), memo.get('k', load)])).toEqual([1, 1]);
		time.advance(100);
		expect(await memo.get('k', load)).toBe(2);
	});

	it('does not keep a failed load', async () => {
		const memo = createMemo<number>({ ttlMs: 1000, max: 10 });
		await expect(memo.get('k', () => Promise.reject(new Error('database away')))).rejects.toThrow(
			'database away'
		);
		expect(await memo.get('k', async () => 7)).toBe(7);
	});

	it('is emptied with every other registered public cache after a write', async () => {
		const memo = registerPublicCache(createMemo<number>({ ttlMs: 60_000, max: 10 }));
		const store = registerPublicCache(createExpiringStore<number>({ ttlMs: 60_000, max: 10 }));
		await memo.get('k', async () => 1);
		store.set('k', 1);
		clearPublicCaches();
		expect(store.get('k')).toBeUndefined();
		expect(await memo.get('k', async () => 2)).toBe(2);
	});
});
