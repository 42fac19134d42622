import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW,
	matchesThemes,
	matchesTypes,
	parseViewState,
	serializeViewState,
	type ViewState
} from '../../src/lib/timeline/url';

const parse = (query: string, themes?: string[]) =>
	parseViewState(new URLSearchParams(query), { themes });

describe('timeline view state in the URL', () => {
	it('round-trips a full view', () => {
		const view: ViewState = {
			from: '2018-01-01',
			to: '2021-11-30',
			themes: ['assembly', 'media'],
			types: ['pledge', 'imprisonment'],
			selected: 'xt-case-ban'
		};
		const again = parse(serializeViewState(view).toString());
		expect(again).toEqual({ view, notices: [] });
	});

	it('leaves defaults out of the URL and reads an empty query as the default view', () => {
		expect(serializeViewState(DEFAULT_VIEW).toString()).toBe('');
		expect(parse('')).toEqual({ view: DEFAULT_VIEW, notices: [] });
	});

	it('reads years and months as whole periods, and comma lists as repeated values', () => {
		const { view } = parse('from=2018&to=2021-02&type=pledge,case&theme=assembly');
		expect(view.from).toBe('2018-01-01');
		expect(view.to).toBe('2021-02-28');
		expect(view.types).toEqual(['pledge', 'case']);
		expect(view.themes).toEqual(['assembly']);
	});

	it.each([
		['from=yesterday', 'start date'],
		['to=2021-13', 'end date'],
		['from=1066', 'outside'],
		['from=2022&to=2020', 'comes after'],
		['type=bananas', 'no type'],
		['theme=Not%20A%20Slug', 'no theme'],
		['event=%3Cscript%3E', 'not a record id']
	])('falls back to the default for %s and says so', (query, words) => {
		const { view, notices } = parse(query);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(words);
		expect(view).toEqual(DEFAULT_VIEW);
	});

	it('drops themes the country does not use, keeping the rest', () => {
		const { view, notices } = parse('theme=assembly&theme=astrology', ['assembly', 'media']);
		expect(view.themes).toEqual(['assembly']);
		expect(notices).toHaveLength(1);
	});

	it('never throws, whatever the query', () => {
		for (const q of ['from=%E0%A4%A', 'from=&to=', 'type=', '%%%', 'from=2021-02-30']) {
			expect(() => parseViewState(new URLSearchParams(q))).not.toThrow();
		}
	});

	it('filters by lane, case type and theme', () => {
		expect(matchesTypes('case', 'imprisonment', ['imprisonment'])).toBe(true);
		expect(matchesTypes('case', 'party_ban', ['imprisonment'])).toBe(false);
		expect(matchesTypes('pledge', undefined, ['pledge'])).toBe(true);
		expect(matchesTypes('engagement', undefined, [])).toBe(true);
		expect(matchesThemes('case', ['media'], ['assembly'])).toBe(false);
		expect(matchesThemes('engagement', undefined, ['assembly'])).toBe(true);
	});
});
