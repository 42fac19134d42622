import type { RequestHandler } from './$types';
import { isHealthy } from '$lib/server/health';
import { db } from '$lib/server/runtime';

/* For load balancers: 200 when this instance can serve, 503 when not; never kept by any cache. */
export const GET: RequestHandler = async () => {
	const healthy = await isHealthy(db);
	return new Response(healthy ? 'ok\n' : 'unavailable\n', {
		status: healthy ? 200 : 503,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
	});
};
