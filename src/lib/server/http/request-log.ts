import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { log } from '$lib/server/log';

/*
 * One log line per request (request id, method, route, status, duration, user id), and the
 * hook for errors nobody expected: logged in full with the request id, while the reader gets
 * only that id to quote (no message or stack from the server reaches the public).
 *
 * The route is SvelteKit's route id (`/invite/[token]`), never the path: paths can carry
 * invite tokens, and queries anything. The path is logged only when no route matched.
 */

export const logRequests: Handle = async ({ event, resolve }) => {
	event.locals.requestId = randomUUID();
	const started = performance.now();
	let status = 500;
	try {
		const response = await resolve(event);
		status = response.status;
		return response;
	} finally {
		// A load balancer asks /healthz every few seconds: a healthy answer is not news.
		const quiet = event.route.id === '/healthz' && status === 200;
		log.request(
			{
				requestId: event.locals.requestId,
				method: event.request.method,
				route: event.route.id ?? null,
				...(event.route.id ? {} : { path: event.url.pathname }),
				status,
				durationMs: Math.round((performance.now() - started) * 10) / 10,
				userId: event.locals.user?.id ?? null
			},
			quiet ? 'debug' : 'info'
		);
	}
};

export const logUnexpectedError: HandleServerError = ({ error, event, status, message }) => {
	// An address with no page is not a fault of the server; its message says so plainly.
	if (status === 404) return { message };
	const requestId = event.locals.requestId ?? randomUUID();
	log.error('unexpected error', {
		requestId,
		method: event.request.method,
		route: event.route.id ?? null,
		status,
		userId: event.locals.user?.id ?? null,
		err: error instanceof Error ? error : new Error(String(error))
	});
	return { message: 'Internal Error', requestId };
};
