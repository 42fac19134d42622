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

/** @type {{ server: { server: import('node:http').Server, attach: import('node:http').RequestListener } }} */
const { server } = await import(buildEntry);

/*
 * Kept public pages first (src/lib/server/http/rendered-pages.ts, answerKeptPage): a signed-out
 * GET of a page kept rendered is answered on Node's request and response before adapter-node
 * hands it to SvelteKit, which would make a Request and a Response of it first (measured: that
 * round trip is most of what a kept page cost). Everything else goes on to adapter-node's
 * handler (the polka app) as before. This runs before the event loop turns after the server
 * began listening, so no request can arrive in between. adapter-node's own listener (its count
 * of requests in flight, for graceful shutdown) stays where it is.
 */
const answerKeptPage = /** @type {Record<symbol, unknown>} */ (globalThis)[
	Symbol.for('pledgewatch.answerKeptPage')
];
const http = server.server;
// polka listens with `attach` (which hands the request to its middleware, adapter-node's handler).
if (typeof answerKeptPage === 'function' && http.listeners('request').includes(server.attach)) {
	const app = server.attach;
	http.off('request', app);
	http.prependListener('request', (request, response) => {
		if (!answerKeptPage(request, response)) app(request, response);
	});
}
