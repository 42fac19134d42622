import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Timeline from '../../src/lib/components/timeline/Timeline.svelte';
import type { TimelineEvent } from '../../src/lib/timeline/types';
import TimelinePanel from '../../src/lib/components/timeline/TimelinePanel.svelte';
import { parseDateInput } from '../../src/lib/dates';
import { manyEvents, sampleEvents } from './fixtures';

/* The timeline as the server sends it: a complete figure that reads without JavaScript. */

function svgOf(body: string): string {
	const start = body.indexOf('<svg class="chart');
	return body.slice(start, body.indexOf('</svg>', start) + 6);
}

describe('Timeline server render', () => {
	const { body } = render(Timeline, {
		props: { events: sampleEvents(), today: '2021-12-04', width: 960 }
	});
	const svg = svgOf(body);

	it('draws focusable marks with spoken labels, in time order', () => {
		const marks = [...svg.matchAll(/<g class="mark[^"]*"[^>]*>/g)].map((m) => m[0]);
		expect(marks).toHaveLength(sampleEvents().length);
		for (const mark of marks) {
			expect(mark).toContain('tabindex="0"');
			expect(mark).toContain('role="button"');
		}
		expect(svg).toContain(
			'aria-label="Pledge: Reform the XT assembly law, March 2019, rated Broken, contradicted by 2 cases"'
		);
		expect(svg).toContain(
			'aria-label="Case: Imprisonment: Activist A. Testperson imprisoned, February 2016 – February 2021"'
		);
		expect(svg).toContain(
			'aria-label="EU engagement: Visit: XT president visits Brussels, 25–26 November 2021"'
		);
		expect(svg).toContain(
			'aria-label="Pledge: Free the Testland press, by November 2021, rated Not yet rated"'
		);
		const order = marks.map((m) => /data-item="([^"]+)"/.exec(m)?.[1]);
		expect(order[0]).toBe('xt-case-prison');
		// "By November 2021" sits at the end of November, after the 25–26 November visit.
		expect(order.slice(-3)).toEqual(['xt-eng-visit', 'xt-pledge-press', 'xt-case-dispersal']);
	});

	it('draws the axis, lane labels and rating patterns', () => {
		expect(svg).toMatch(/>2019<\/text>/);
		expect(svg).toContain('>Pledges</text>');
		expect(svg).toContain('>EU engagements</text>');
		expect(svg).toMatch(/<pattern id="[^"]+-rating-broken"/);
	});

	it('has a legend in words', () => {
		expect(body).toContain('Pledge: Broken');
		expect(body).toContain('Party ban');
		expect(body).toContain('Fading start: known only to have happened by the date shown');
	});

	it('lists the same events in a table that needs no JavaScript', () => {
		expect(body).toMatch(/<details class="table[^"]*"/);
		const rows = body.match(/<tr>/g) ?? [];
		expect(rows.length).toBe(sampleEvents().length + 1);
		expect(body).toContain(
			'<a href="/countries/XT/cases/xt-case-ban" lang="en">Testland Green Party banned</a>'
		);
		expect(body).toContain('around September–November 2021');
	});

	it('renders links that zoom and pan without JavaScript', () => {
		expect(body).toMatch(
			/href="\?from=\d{4}-\d{2}-\d{2}&amp;to=\d{4}-\d{2}-\d{2}"[^>]*>\+ Zoom in/
		);
	});

	it('shows notices and the selected event from the URL', () => {
		const out = render(Timeline, {
			props: {
				events: sampleEvents(),
				today: '2021-12-04',
				view: { from: null, to: null, themes: [], types: [], selected: 'xt-pledge-assembly' },
				notices: ['The start date “x” is not a date.']
			}
		}).body;
		expect(out).toContain('The start date “x” is not a date.');
		expect(out).toContain('Contradicted by these published cases:');
		expect(out).toMatch(/<path class="connector/);
	});

	it('draws no controls in static mode, for briefing packs', () => {
		const out = render(Timeline, {
			props: { events: sampleEvents(), today: '2021-12-04', static: true }
		}).body;
		expect(out).not.toContain('tabindex="0"');
		expect(out).not.toContain('Zoom in');
		expect(out).toContain('role="img"');
	});

	it('never draws more than ~1000 SVG nodes, even for 10,000 events', () => {
		const out = render(Timeline, {
			props: { events: [...sampleEvents(), ...manyEvents(10_000)], today: '2024-12-31' }
		}).body;
		const chart = svgOf(out);
		const nodes = (chart.match(/<(?!\/)[a-zA-Z]/g) ?? []).length;
		expect(nodes).toBeLessThanOrEqual(1000);
		expect(chart).toContain('Activate to zoom in.');
	});
});

describe('Timeline labels on a narrow screen', () => {
	it('keeps every label inside the figure: whole, shortened at a word with an ellipsis, or left out', () => {
		const long = (id: string, start: string): TimelineEvent => ({
			id,
			kind: 'pledge',
			title: 'Human-rights and political dialogue with civil society, every year',
			start: {
				text: start,
				precision: 'month',
				earliest: `${start}-01`,
				latest: `${start}-28`,
				note: ''
			},
			end: null,
			ongoing: false,
			rating: 'stalled',
			href: null,
			citation: ''
		});
		const width = 340;
		const events = [
			...sampleEvents(),
			long('xt-long-mid', '2019-01'),
			long('xt-long-late', '2020-06')
		];
		const svg = svgOf(render(Timeline, { props: { events, today: '2021-12-04', width } }).body);
		const labels = [
			...svg.matchAll(
				/<text x="([\d.-]+)"[^>]*text-anchor="(start|end)"[^>]*class="label[^"]*"[^>]*>([^<]*)<\/text>/g
			)
		];
		expect(labels.length).toBeGreaterThan(0);
		for (const [, x, anchor, text] of labels) {
			// The layout's own estimate of a label's width (6.1 px a character at 11 px).
			const px = (text ?? '').length * 6.1;
			const [lo, hi] = anchor === 'end' ? [Number(x) - px, Number(x)] : [Number(x), Number(x) + px];
			expect(lo, text).toBeGreaterThanOrEqual(0);
			expect(hi, text).toBeLessThanOrEqual(width);
		}
	});
});

describe('Timeline detail panel server render', () => {
	it('keeps a space between the date and the note on it', () => {
		const [press] = sampleEvents().filter((e) => e.id === 'xt-pledge-press');
		if (!press) throw new Error('the sample events lost xt-pledge-press');
		const event = {
			...press,
			start: parseDateInput('by 2021-11', 'The source is dated November 2021.')
		};
		const { body } = render(TimelinePanel, {
			props: { event, linked: [], linkedLabel: 'Contradicted by' }
		});
		// The text a reader sees, tags dropped: Svelte trims whitespace at the start of an element.
		const text = body.replace(/<[^>]*>/g, '');
		expect(text).toContain('by November 2021 (The source is dated November 2021.)');
	});
});
