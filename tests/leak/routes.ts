import fs from 'node:fs';
import path from 'node:path';
import { ANONYMOUS, decide } from '../../src/lib/server/policy.js';
import type { Planted } from './plant.js';

/*
 * Every URL a signed-out visitor can ask for, found from src/routes and the policy rather
 * than listed by hand, so a route added later is crawled without anyone remembering to.
 * Parameters are filled with the planted data (published and unpublished alike): a page
 * asked for a draft record's id must answer without showing it.
 */

const ROUTES_DIR = path.resolve(import.meta.dirname, '..', '..', 'src', 'routes');
const PAGE_FILE = /^\+page(\.server)?\.(ts|js|svelte)$/;
const SERVER_FILE = /^\+server\.(ts|js)$/;

export interface PublicRoute {
	/** The route id, as in event.route.id. */
	id: string;
	page: boolean;
	endpoint: boolean;
}

export function discoverPublicRoutes(dir = ROUTES_DIR): PublicRoute[] {
	const entries = fs.readdirSync(dir, { withFileTypes: true });
	const found: PublicRoute[] = [];
	const files = entries.filter((e) => e.isFile()).map((e) => e.name);
	const page = files.some((f) => PAGE_FILE.test(f));
	const endpoint = files.some((f) => SERVER_FILE.test(f));
	if (page || endpoint) {
		const segments = path.relative(ROUTES_DIR, dir).split(path.sep).filter(Boolean);
		const id = `/${segments.join('/')}`;
		if (decide(ANONYMOUS, id, 'GET').kind === 'allow') found.push({ id, page, endpoint });
	}
	for (const entry of entries) {
		if (entry.isDirectory()) found.push(...discoverPublicRoutes(path.join(dir, entry.name)));
	}
	return found;
}

/** Record ids by the path segment before a parameter: /cases/[id] takes case ids. */
const SEGMENT_TYPES: Record<string, keyof Planted['ids']> = {
	cases: 'case',
	case: 'case',
	pledges: 'pledge',
	pledge: 'pledge',
	engagements: 'engagement',
	engagement: 'engagement',
	laws: 'law',
	law: 'law',
	asks: 'ask',
	ask: 'ask',
	actors: 'actor',
	people: 'actor',
	sources: 'source',
	source: 'source',
	briefings: 'briefing'
};

function valuesFor(name: string, previous: string | undefined, planted: Planted): string[] {
	if (name === 'code') return planted.codes;
	if (name === 'format') return ['pack.pdf', 'pack.docx'];
	if (name === 'token') return ['aaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'];
	const type = previous ? SEGMENT_TYPES[previous] : undefined;
	if (type) return planted.ids[type];
	// An unknown parameter gets every planted id and code: slower, never blind.
	return [...planted.codes, ...Object.values(planted.ids).flat()];
}

/** The concrete paths of one route: every combination of its parameters' values. */
export function expandRoute(id: string, planted: Planted): string[] {
	const segments = id.split('/').filter((s) => s && !/^\(.*\)$/.test(s));
	let paths = [''];
	segments.forEach((segment, i) => {
		const param = /^\[{1,2}(?:\.\.\.)?([A-Za-z_]\w*)(?:=\w+)?\]{1,2}$/.exec(segment);
		if (!param) {
			paths = paths.map((p) => `${p}/${segment}`);
			return;
		}
		const values = valuesFor(param[1] ?? '', segments[i - 1], planted);
		paths = paths.flatMap((p) => values.map((v) => `${p}/${encodeURIComponent(v)}`));
	});
	return paths.map((p) => p || '/');
}

/** SvelteKit's page data for a page path, as its client router fetches it. */
export function dataUrl(pagePath: string): string {
	return pagePath === '/' ? '/__data.json' : `${pagePath.replace(/\/$/, '')}/__data.json`;
}

/*
 * Query strings every list and page is also asked with: the filters of the pages and the API,
 * pointed at planted hidden records (a draft country's code, a draft theme's slug, the rating
 * a draft assessment gives) as well as at published ones.
 */
export function queryVariants(planted: Planted, api: boolean): string[] {
	const themes = planted.themes.map((t) => `theme=${t}`);
	const common = [
		'',
		...themes,
		'from=2000&to=2030',
		'from=2021-10&to=2021-10',
		'type=detention',
		'type=pledge&type=case&type=engagement'
	];
	if (!api) return common;
	return [
		...common,
		...planted.codes.map((c) => `country=${c}`),
		'rating=kept',
		'rating=stalled',
		'rating=not_yet_rated',
		'verification=reported',
		'sort=-date',
		'sort=title',
		'limit=1&offset=1',
		`limit=500`
	];
}
