import { bucketize } from '$lib/timeline/aggregate';
import { anchorDay, extentOf } from '$lib/timeline/bands';
import { dayOf } from '$lib/timeline/days';
import { eventsById } from '$lib/timeline/links';
import {
	bucketWindow,
	clampWindow,
	plotArea,
	plotWidth,
	resolveWindow,
	transformWindow,
	windowScale,
	zoomWindow,
	type TimeScale
} from '$lib/timeline/scale';
import type { TimeWindow, TimelineBucket, TimelineData, TimelineEvent } from '$lib/timeline/types';
import {
	matchesThemes,
	matchesTypes,
	parseViewState,
	serializeViewState,
	type ViewState
} from '$lib/timeline/url';

/*
 * What the timeline shows and how the reader got there: the domain (the window of time in
 * view, within the data's extent), the zoom gesture in progress, the filters, the selected,
 * hovered and focused events, and the data for the view. The page hands in a view (from its
 * URL) and the data the server drew it with; the reader's changes then live here and, once a
 * gesture settles, go to the page's URL and fetch the view's data (only the timeline's, never
 * the whole page). A new view from the page (another navigation) starts over from it.
 */

/** What the timeline component hands in; read lazily, so each value is tracked on its own. */
export interface TimelineInputs {
	readonly events: TimelineEvent[];
	readonly buckets: TimelineBucket[];
	readonly overview: TimelineBucket[] | undefined;
	readonly extent: TimeWindow | null | undefined;
	readonly view: ViewState;
	readonly notices: string[];
	readonly today: Date | string | undefined;
	/** The width laid out at. */
	readonly width: number;
	/** Puts a settled view where a link reproduces it (the page's URL). */
	readonly onViewChange: ((view: ViewState) => void) | undefined;
	/** The timeline's data for a view; without it the data stays as handed in. */
	readonly load:
		| ((view: ViewState, signal: AbortSignal) => Promise<Omit<TimelineData, 'themes'>>)
		| undefined;
}

/** A zoom transform as d3-zoom reports it: scale factor and horizontal offset. */
export interface ZoomTransformLike {
	k: number;
	x: number;
}

/** How long a gesture must rest before the view is announced. */
export const SETTLE_MS = 350;

const LOAD_FAILED =
	'The timeline could not fetch the events for this view, so it shows those it had. Check the connection and change the view again, or reload the page.';

/** The part of a view the data depends on (the selected event is not data). */
function dataKey(view: Omit<ViewState, 'selected'>): string {
	return serializeViewState({ ...view, selected: null }).toString();
}

export class TimelineView {
	#in: TimelineInputs;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#abort: AbortController | null = null;
	/** The scale and transform when the current zoom gesture began. */
	#gesture: { scale: TimeScale; start: ZoomTransformLike } | null = null;

	constructor(inputs: TimelineInputs) {
		this.#in = inputs;
	}

	/** The day ongoing spans run to. */
	readonly day = $derived.by(() => dayOf(this.#in.today));
	readonly area = $derived.by(() => plotArea(this.#in.width));
	/** The whole span of the data: the overview's domain and the limit of zooming out. */
	readonly extent = $derived.by(() =>
		this.#in.extent !== undefined ? this.#in.extent : extentOf(this.#in.events)
	);
	/** The default window, which "Show all" returns to. */
	readonly home = $derived(resolveWindow({ from: null, to: null }, this.extent, this.day));

	// The reader's view, starting from the page's whenever the page hands in a new one.
	window = $derived.by(() => resolveWindow(this.#in.view, this.extent, this.day));
	filters = $derived.by(() => ({ themes: this.#in.view.themes, types: this.#in.view.types }));
	selected = $derived.by(() => this.#in.view.selected);
	hover = $state<string | null>(null);
	focus = $state<string | null>(null);

	/** The events and counts drawn: the page's, then those fetched for the reader's view. */
	data = $derived.by(() => ({
		events: this.#in.events,
		buckets: this.#in.buckets,
		overview: this.#in.overview
	}));
	/** Which view `data` was drawn for, so a change of selection alone fetches nothing. */
	#dataKey = $derived.by(() =>
		dataKey({ ...this.#in.view, ...resolveWindow(this.#in.view, this.extent, this.day) })
	);

	// A link's notices hold until the reader changes the view, as a reload with a clean URL did.
	#linkNotices = $derived.by(() => this.#in.notices);
	formNotices = $state<string[]>([]);
	loadFailed = $state(false);
	readonly notices = $derived([
		...this.#linkNotices,
		...this.formNotices,
		...(this.loadFailed ? [LOAD_FAILED] : [])
	]);

	readonly scale: TimeScale = $derived(windowScale(this.window, this.area));
	readonly visible = $derived(
		this.data.events.filter(
			(e) =>
				matchesTypes(e.kind, e.caseType, this.filters.types) &&
				matchesThemes(e.kind, e.themes, this.filters.themes)
		)
	);
	readonly overview = $derived(
		this.data.overview ??
			bucketize(
				'case',
				this.data.events
					.map((e) => anchorDay(e.start, e.end))
					.filter((d): d is string => d !== null),
				this.home,
				plotWidth(this.area) / 2
			)
	);
	readonly byId = $derived(eventsById(this.data.events));
	/** The event whose links light up: hovered, else focused, else selected. */
	readonly active = $derived.by(() => {
		const id = this.hover ?? this.focus ?? this.selected;
		return id ? (this.byId.get(id) ?? null) : null;
	});

	current(): ViewState {
		return { from: this.window.from, to: this.window.to, ...this.filters, selected: this.selected };
	}

	/** A link to the view with another window, for controls that work without JavaScript. */
	hrefFor(next: TimeWindow): string {
		const view = { ...this.current(), ...clampWindow(next, this.home), selected: null };
		return `?${serializeViewState(view)}`;
	}

	setWindow(next: TimeWindow) {
		this.window = clampWindow(next, this.home);
		this.#announce();
	}

	/** Zooms about the middle: 2 shows half as much, 0.5 twice as much. */
	zoom(factor: number) {
		this.setWindow(zoomWindow(this.window, factor));
	}

	zoomToBucket(bucket: TimelineBucket) {
		this.setWindow(bucketWindow(bucket));
	}

	/** Selects an event, or clears the selection when it is already selected. */
	select(id: string) {
		this.selected = this.selected === id ? null : id;
		this.#announce(0);
	}

	/** Escape: nothing hovered, nothing selected. */
	clear() {
		this.hover = null;
		if (this.selected) this.select(this.selected);
	}

	/** The filter form's fields, read by the same parser as a link: they are the URL's parameters. */
	applyFilters(fields: URLSearchParams) {
		const parsed = parseViewState(fields);
		this.filters = { themes: parsed.view.themes, types: parsed.view.types };
		this.window = resolveWindow(parsed.view, this.extent, this.day);
		this.formNotices = parsed.notices;
		this.#announce(0);
	}

	/*
	 * Wheel, drag and pinch, as d3-zoom reports them. Each gesture applies relative to the
	 * window at its start, so d3-zoom's stored transform never has to agree with windows set
	 * elsewhere (buttons, keys, the overview).
	 */
	startGesture(transform: ZoomTransformLike) {
		this.#gesture = { scale: this.scale.copy(), start: transform };
	}

	moveGesture(transform: ZoomTransformLike) {
		if (!this.#gesture) return;
		const { scale, start } = this.#gesture;
		const k = transform.k / start.k;
		this.setWindow(transformWindow(scale, k, transform.x - start.x * k));
	}

	endGesture() {
		this.#gesture = null;
	}

	/** Stops what is pending: the announcement of a gesture still settling, and any fetch. */
	destroy() {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#abort?.abort();
		this.#abort = null;
	}

	/** Tells the page once the gesture settles, so the URL and the data follow the view. */
	#announce(delay = SETTLE_MS) {
		if (!this.#in.onViewChange && !this.#in.load) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#settle(), delay);
	}

	#settle() {
		this.#timer = undefined;
		this.#linkNotices = [];
		const view = this.current();
		this.#in.onViewChange?.(view);
		void this.#fetch(view);
	}

	async #fetch(view: ViewState) {
		const load = this.#in.load;
		const key = dataKey(view);
		if (!load || key === this.#dataKey) return;
		this.#abort?.abort();
		const abort = new AbortController();
		this.#abort = abort;
		try {
			const { events, buckets, overview } = await load({ ...view, selected: null }, abort.signal);
			if (abort.signal.aborted) return;
			this.data = { events, buckets, overview };
			this.#dataKey = key;
			this.loadFailed = false;
		} catch {
			// A newer view took over, or the component went away: nothing to say.
			if (!abort.signal.aborted) this.loadFailed = true;
		}
	}
}
