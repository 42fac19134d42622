import { answerUnknownPath } from '$lib/server/http/open-data';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => answerUnknownPath(url);
