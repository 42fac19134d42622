import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/*
 * Benchmarks, kept out of `npm test`: they build the app for production, generate fictional
 * cases (10,000 and 100 for the public pages, BENCH_CASES, default 20,000, for import and
 * search) and take minutes. Run with
 *   TEST_DATABASE_URL=postgres://... npm run bench
 * (without TEST_DATABASE_URL only SQLite is measured). BENCH_SECONDS=N sets how long each
 * throughput target is loaded per round (default 3).
 */
export default defineConfig({
	// $lib and .svelte imports: the briefing benchmark builds packs and renders pages in process.
	plugins: [sveltekit()],
	test: {
		include: ['tests/bench/**/*.perf.ts'],
		environment: 'node',
		globalSetup: ['tests/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 3_600_000,
		hookTimeout: 3_600_000
	}
});
