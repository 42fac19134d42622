import { describe, expect, it } from 'vitest';
import { connectorPaths, eventsById, linkedEvents, litIds } from '../../src/lib/timeline/links';
import { sampleEvents } from './fixtures';

/* Which marks light up for the active event, and the connectors drawn between them. */

describe('timeline links', () => {
	const events = sampleEvents();
	const byId = eventsById(events);
	const event = (id: string) => byId.get(id) ?? null;

	it('lights a pledge with the cases contradicting it, and a case with its pledges', () => {
		const pledge = event('xt-pledge-assembly');
		expect(linkedEvents(pledge, events, byId).map((e) => e.id)).toEqual([
			'xt-case-dispersal',
			'xt-case-ban'
		]);
		expect([...(litIds(pledge, linkedEvents(pledge, events, byId)) ?? [])].sort()).toEqual(
			['xt-case-ban', 'xt-case-dispersal', 'xt-pledge-assembly'].sort()
		);
		const ban = event('xt-case-ban');
		expect(linkedEvents(ban, events, byId).map((e) => e.id)).toEqual(['xt-pledge-assembly']);
	});

	it('dims nothing when the active event has no links', () => {
		for (const id of ['xt-pledge-press', 'xt-eng-visit']) {
			const active = event(id);
			expect(litIds(active, linkedEvents(active, events, byId))).toBeNull();
		}
		expect(linkedEvents(null, events, byId)).toEqual([]);
	});

	it('joins the active mark to each linked mark that is drawn, edge to edge', () => {
		const pledge = event('xt-pledge-assembly');
		const linked = linkedEvents(pledge, events, byId);
		const marks = new Map([
			['xt-pledge-assembly', { x: 100, y: 20 }],
			['xt-case-ban', { x: 300, y: 80 }]
		]);
		// The dispersal case is not drawn (counted, or out of view): no connector to nowhere.
		const connectors = connectorPaths(pledge, linked, marks);
		expect(connectors.map((c) => c.id)).toEqual(['xt-case-ban']);
		expect(connectors[0]?.d).toMatch(/^M100,27C.*300,73$/);
		expect(connectorPaths(pledge, linked, new Map())).toEqual([]);
	});
});
