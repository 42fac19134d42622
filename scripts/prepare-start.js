// The checks of `npm start` before the server runs, in a worker thread of scripts/start.js:
// the configuration, the port, the build, and what adapter-node is told (see start.js for why
// a thread of their own).
import net from 'node:net';
import { tsImport } from 'tsx/esm/api';
import { buildIsStale, runBuild } from './build-state.js';

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
	console.error(`[pledgewatch] error: ${message}`);
	process.exit(1);
}

/**
 * @param {number} port
 * @param {string} host
 * @returns {Promise<NodeJS.ErrnoException | null>}
 */
function checkPort(port, host) {
	return new Promise((resolve) => {
		const probe = net.createServer();
		probe.once('error', (error) => resolve(error));
		probe.once('listening', () => probe.close(() => resolve(null)));
		probe.listen(port, host);
	});
}

/*
 * Every setting is read and checked by the one configuration module, as the server and the
 * scripts read it, before anything is built or opened: a bad value stops here with one line.
 * It is TypeScript, so tsx loads it, in this thread only: the server runs on plain Node.
 */
/** @type {typeof import('../src/lib/server/config.js')} */
const config = await tsImport('../src/lib/server/config.ts', import.meta.url);
/** @type {import('../src/lib/server/config.js').Settings} */
let settings;
try {
	settings = config.settings();
} catch (error) {
	if (!(error instanceof config.ConfigError)) throw error;
	fail(error.message);
}
const { port, host } = settings.server;

const portError = await checkPort(Number(port), host);
if (portError) {
	fail(
		portError.code === 'EADDRINUSE'
			? `Port ${port} is already in use on ${host}; stop the other program or set PORT to a free port.`
			: `Cannot listen on ${host}:${port}: ${portError.message}`
	);
}

if (buildIsStale()) {
	console.log('[pledgewatch] Building the app (first start or sources changed; about a minute)...');
	if (!runBuild(config.childEnvironment({ NODE_ENV: 'production' }))) {
		fail('The build failed; see the messages above.');
	}
}

/*
 * Without ORIGIN, adapter-node takes the scheme from PROTOCOL_HEADER (else https) and the host
 * from the request, so a browser at http://localhost fails SvelteKit's cross-site check on
 * every form, and any Host header would end up in absolute links. Unless a proxy is trusted
 * to say both (PROTOCOL_HEADER and HOST_HEADER), the local address is the origin.
 */
const chosenOrigin =
	settings.origin || settings.server.proxyNamesOrigin ? undefined : `http://localhost:${port}`;
if (chosenOrigin) {
	console.log(
		`[pledgewatch] ORIGIN is not set: using ${chosenOrigin}. In production set ORIGIN to the public URL, e.g. https://pledgewatch.example.org (see README).`
	);
}
// adapter-node refuses request bodies over 512 KB unless told otherwise; the configuration's
// default BODY_SIZE_LIMIT (6M) lets the CSV import take files up to 5 MB.
config.handOnToAdapter(settings, chosenOrigin);
const local = ['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'].includes(host);
console.log(`[pledgewatch] Serving on http://${local ? 'localhost' : host}:${port}`);
if (host === '0.0.0.0' || host === '::') {
	console.log(
		`[pledgewatch] HOST=${host} listens on every network interface, so other machines can reach it; set HOST=127.0.0.1 to keep it to this one.`
	);
}
