import { render } from 'svelte/server';
import Timeline from '$lib/components/timeline/Timeline.svelte';
import type { PackTimelineFigure } from '$lib/domain/briefing';
import type { TimelineData } from '$lib/timeline/types';
import { DEFAULT_VIEW } from '$lib/timeline/url';
import type { Locale } from '$lib/paraglide/runtime';
import { inLanguage } from '$lib/server/http/language';

/*
 * The pack's timeline figure: the country page's own Timeline component, server-rendered in its
 * `static` mode, with the chart's SVG cut out of the markup. One component draws both, so the
 * figure in a pack is the page's timeline for the same window, as vectors.
 */

export const FIGURE_WIDTH = 960;

export async function drawTimelineFigure(
	timeline: TimelineData,
	{ caption, today, locale = 'en' }: { caption: string; today: string; locale?: Locale }
): Promise<PackTimelineFigure | null> {
	if (timeline.events.length === 0 && timeline.buckets.length === 0) return null;
	const view = timeline.window
		? { ...DEFAULT_VIEW, from: timeline.window.from, to: timeline.window.to }
		: DEFAULT_VIEW;
	// The figure's own words (lane names, ticks) in the pack's language. The body is read inside:
	// svelte/server renders when it is read.
	const body = inLanguage(
		locale,
		() =>
			render(Timeline, {
				props: {
					events: timeline.events,
					buckets: timeline.buckets,
					overview: timeline.overview,
					extent: timeline.extent,
					view,
					width: FIGURE_WIDTH,
					static: true,
					today
				}
			}).body
	);
	const svg = cutElement(body, '<svg class="chart"', 'svg');
	if (!svg) return null;
	const viewBox = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
	return {
		svg: svg.replace(/<!--[\s\S]*?-->/g, ''),
		width: viewBox ? Number(viewBox[1]) : FIGURE_WIDTH,
		height: viewBox ? Number(viewBox[2]) : 0,
		caption
	};
}

/** The element starting at `opening`, through its matching close tag (nested ones counted). */
function cutElement(html: string, opening: string, tag: string): string | null {
	const start = html.indexOf(opening.slice(0, -1));
	if (start < 0) return null;
	const pattern = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
	pattern.lastIndex = start;
	let depth = 0;
	for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
		depth += m[0].startsWith('</') ? -1 : 1;
		if (depth === 0) return html.slice(start, m.index + m[0].length);
	}
	return null;
}
