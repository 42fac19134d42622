import { answerCountryTimeline } from '$lib/server/http/open-data';
import { db } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/* The country page's timeline alone, for one view: public and cacheable (see answerCountryTimeline). */
export const GET: RequestHandler = ({ request, url, params }) =>
	answerCountryTimeline(db(), request, url, params.code);
