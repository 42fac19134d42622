import { answerList } from '$lib/server/http/open-data';
import { db } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) =>
	answerList(db(), request, url, 'pledges', 'csv');
