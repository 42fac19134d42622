// Whether the production build in build/ is missing or older than its sources, and how to
// make it. Shared by `npm start` and the tests that run the built server.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const buildEntry = path.join(root, 'build', 'index.js');

const INPUTS = [
	'src',
	'migrations',
	'static',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

/**
 * @param {string} entry
 * @returns {number}
 */
function newestMtime(entry) {
	if (!fs.existsSync(entry)) return 0;
	const stat = fs.statSync(entry);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const child of fs.readdirSync(entry)) {
		newest = Math.max(newest, newestMtime(path.join(entry, child)));
	}
	return newest;
}

export function buildIsStale() {
	if (!fs.existsSync(buildEntry)) return true;
	const built = fs.statSync(buildEntry).mtimeMs;
	return INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}

/** Runs `vite build`; returns true when it succeeded. */
export function runBuild({ quiet = false } = {}) {
	const result = spawnSync(
		process.execPath,
		[
			path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
			'build',
			'--logLevel',
			quiet ? 'error' : 'info'
		],
		{
			cwd: root,
			// A build started from the tests inherits NODE_ENV=test; the app is always built for production.
			env: { ...process.env, NODE_ENV: 'production' },
			stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit'
		}
	);
	return result.status === 0;
}
