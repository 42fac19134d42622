// `npm start`: builds the app if the build is missing or older than the sources, checks
// the configuration, then serves the built app (which migrates and seeds on start-up).
import net from 'node:net';
import { buildEntry, buildIsStale, runBuild } from './build-state.js';

/** @param {string} message */
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

const port = process.env.PORT ?? '3000';
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
	fail(`PORT must be a number from 1 to 65535, not "${port}".`);
}
const host = process.env.HOST ?? '0.0.0.0';
if (process.env.ORIGIN) {
	try {
		new URL(process.env.ORIGIN);
	} catch {
		fail(
			`ORIGIN must be a full URL such as https://pledgewatch.example.org, not "${process.env.ORIGIN}".`
		);
	}
}

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
	if (!runBuild()) fail('The build failed; see the messages above.');
}

process.env.PORT = port;
process.env.HOST = host;
/*
 * Without ORIGIN, adapter-node takes the scheme from PROTOCOL_HEADER (else https) and the host
 * from the request, so a browser at http://localhost fails SvelteKit's cross-site check on
 * every form, and any Host header would end up in absolute links. Unless a proxy is trusted
 * to say both (PROTOCOL_HEADER and HOST_HEADER), the local address is the origin.
 */
if (!process.env.ORIGIN && !(process.env.PROTOCOL_HEADER && process.env.HOST_HEADER)) {
	process.env.ORIGIN = `http://localhost:${port}`;
	console.log(
		`[pledgewatch] ORIGIN is not set: using ${process.env.ORIGIN}. In production set ORIGIN to the public URL, e.g. https://pledgewatch.example.org (see README).`
	);
}
// adapter-node refuses request bodies over 512 KB unless told otherwise; the CSV import
// takes files up to 5 MB, so allow that and the form around it. An operator's value wins.
process.env.BODY_SIZE_LIMIT ||= '6M';
const local = ['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'].includes(host);
console.log(`[pledgewatch] Serving on http://${local ? 'localhost' : host}:${port}`);
if (host === '0.0.0.0' || host === '::') {
	console.log(
		`[pledgewatch] HOST=${host} listens on every network interface, so other machines can reach it; set HOST=127.0.0.1 to keep it to this one.`
	);
}
await import(buildEntry);
