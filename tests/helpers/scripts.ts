import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from '../../scripts/build-state.js';

/**
 * Runs one of scripts/*.ts as `npm run <name>` does (tsx, its own process, the project root
 * as working folder), with the secret key settings cleared unless `env` gives them.
 */
export function runScript(
	script: string,
	args: string[],
	env: Record<string, string>
): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve) => {
		let output = '';
		const child = spawn(
			process.execPath,
			[
				path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
				path.join(root, 'scripts', script),
				...args
			],
			{
				cwd: root,
				env: {
					...process.env,
					PLEDGEWATCH_SECRET_KEY: '',
					PLEDGEWATCH_SECRET_KEY_FILE: '',
					PLEDGEWATCH_NEW_SECRET_KEY: '',
					...env
				},
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		child.stdout.on('data', (chunk) => (output += String(chunk)));
		child.stderr.on('data', (chunk) => (output += String(chunk)));
		child.on('exit', (code) => resolve({ code, output }));
	});
}
