// `npm start`: checks the configuration, builds the app if the build is missing or older than
// the sources, then serves the built app (which migrates and seeds on start-up).
import { SHARE_ENV, Worker } from 'node:worker_threads';
import { buildEntry } from './build-state.js';

/*
 * The checks (scripts/prepare-start.js) run in a worker thread and the server in this one.
 * Reading the TypeScript configuration needs tsx's module hooks, and on Node 20 hooks stay
 * registered for the life of the thread that registered them: every later import() there,
 * and SvelteKit imports a route's modules on every request, would make a round trip to tsx's
 * loader thread (about 200 us an import() against 15 without, on the test machine; a third of
 * a kept public page's cost). SHARE_ENV: what the checks hand on to adapter-node (PORT, HOST,
 * ORIGIN, BODY_SIZE_LIMIT) is set in this thread's environment too.
 */
const checks = new Worker(new URL('./prepare-start.js', import.meta.url), { env: SHARE_ENV });
const code = await new Promise((resolve, reject) => {
	checks.once('error', reject);
	checks.once('exit', resolve);
});
if (code !== 0) process.exit(code);
await import(buildEntry);
