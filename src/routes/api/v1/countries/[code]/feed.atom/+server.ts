import { answerCountryFeed } from '$lib/server/http/open-data';
import { db } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params }) =>
	answerCountryFeed(db(), request, url, params.code);
