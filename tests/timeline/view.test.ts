import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	SETTLE_MS,
	TimelineView,
	type TimelineInputs
} from '../../src/lib/components/timeline/view.svelte';
import type { TimelineData } from '../../src/lib/timeline/types';
import { DEFAULT_VIEW, type ViewState } from '../../src/lib/timeline/url';
import { sampleEvents } from './fixtures';

/*
 * The timeline's view state on its own: a settled change goes to the page's URL and fetches
 * the view's data once; a selection alone fetches nothing; and nothing is left running after
 * the component goes (its timer cleared, its fetch aborted).
 */

type Loaded = Omit<TimelineData, 'themes'>;

function makeView(overrides: Partial<TimelineInputs> = {}) {
	const urls: ViewState[] = [];
	const loads: { view: ViewState; signal: AbortSignal; resolve: (data: Loaded) => void }[] = [];
	const view = new TimelineView({
		events: sampleEvents(),
		buckets: [],
		overview: undefined,
		extent: undefined,
		view: DEFAULT_VIEW,
		notices: [],
		today: '2021-12-04',
		width: 960,
		onViewChange: (v) => urls.push(v),
		load: (v, signal) => new Promise<Loaded>((resolve) => loads.push({ view: v, signal, resolve })),
		...overrides
	});
	return { view, urls, loads };
}

describe('timeline view state', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('announces a gesture once it settles, and fetches the data for the new window', async () => {
		const { view, urls, loads } = makeView();
		const before = view.window;
		view.zoom(2);
		view.zoom(2);
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(urls).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(urls).toHaveLength(1);
		expect(urls[0]?.from).not.toBe(before.from);
		expect(loads.map((l) => l.view)).toEqual([{ ...urls[0], selected: null }]);

		const fetched = { events: sampleEvents().slice(0, 1), buckets: [], overview: [] };
		loads[0]?.resolve({ ...fetched, extent: null, window: null });
		await vi.runAllTimersAsync();
		expect(view.data.events.map((e) => e.id)).toEqual([sampleEvents()[0]?.id]);
	});

	it('puts a selection in the URL without fetching data', () => {
		const { view, urls, loads } = makeView();
		view.select('xt-pledge-assembly');
		vi.advanceTimersByTime(0);
		expect(urls.map((v) => v.selected)).toEqual(['xt-pledge-assembly']);
		expect(loads).toEqual([]);
	});

	it('clears its timer on destroy: a gesture still settling is never announced', () => {
		const { view, urls, loads } = makeView();
		view.zoom(2);
		view.destroy();
		vi.advanceTimersByTime(SETTLE_MS * 10);
		expect(urls).toEqual([]);
		expect(loads).toEqual([]);
	});

	it('aborts a fetch under way on destroy, and keeps its data', async () => {
		const { view, loads } = makeView();
		view.zoom(2);
		vi.advanceTimersByTime(SETTLE_MS);
		expect(loads[0]?.signal.aborted).toBe(false);
		view.destroy();
		expect(loads[0]?.signal.aborted).toBe(true);
		loads[0]?.resolve({ events: [], buckets: [], overview: [], extent: null, window: null });
		await vi.runAllTimersAsync();
		expect(view.data.events).toHaveLength(sampleEvents().length);
	});
});
