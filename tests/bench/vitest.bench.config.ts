import { defineConfig } from 'vitest/config';

/*
 * Benchmarks, kept out of `npm test`: they generate 100,000 fictional cases per database and
 * take minutes. Run with
 *   TEST_DATABASE_URL=postgres://... npx vitest run --config tests/bench/vitest.bench.config.ts
 * (without TEST_DATABASE_URL only SQLite is measured). BENCH_CASES=N changes the size.
 */
export default defineConfig({
	test: {
		include: ['tests/bench/**/*.perf.ts'],
		environment: 'node',
		globalSetup: ['tests/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 3_600_000,
		hookTimeout: 3_600_000
	}
});
