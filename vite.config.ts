import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 3000 },
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/global-setup.ts'],
		/*
		 * Two files at a time even on a two-core machine: most test time is spent waiting on
		 * a server, Chromium or PostgreSQL in another process, so a second worker roughly
		 * halves the suite (Vitest's default for two cores is one). Timeouts allow for the
		 * slower child-process start-up that brings.
		 */
		maxWorkers: 2,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
