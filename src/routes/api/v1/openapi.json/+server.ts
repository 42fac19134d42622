import { answerOpenApi } from '$lib/server/http/open-data';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) => answerOpenApi(request, url);
