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
	'vite.config.ts',
	'vite'
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

/**
 * Runs `vite build` in `environment` (the caller's, with NODE_ENV=production: the app is always
 * built for production); returns true when it succeeded. The bundler's own output (its size
 * table, plugin timings, the "run npm run preview" hint meant for developers) is shown only
 * when the build fails, so a first `npm start` prints just what a person starting the app needs.
 *
 * @param {NodeJS.ProcessEnv} environment
 */
export function runBuild(environment) {
	const result = spawnSync(
		process.execPath,
		[path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
		{
			cwd: root,
			env: environment,
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		}
	);
	if (result.status === 0) return true;
	process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
	if (result.error) process.stderr.write(`${result.error.message}\n`);
	return false;
}
