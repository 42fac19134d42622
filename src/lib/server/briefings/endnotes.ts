import type { BriefingContent, PackSectionKey } from '$lib/domain/briefing';

/*
 * A pack numbers its sources in the order a reader meets them. The builder numbers them as it
 * cites (unpublished records last), the editor drops items and sections: both end here.
 */

/** Renumbers endnotes in order of first citation over what is left, dropping uncited ones. */
export function renumberEndnotes(content: BriefingContent): BriefingContent {
	const order: number[] = [];
	const seen = (refs: number[]) => {
		for (const r of refs) if (!order.includes(r)) order.push(r);
	};
	const shown = (key: PackSectionKey) => !content.omitted.includes(key);
	if (shown('pledges'))
		for (const p of content.pledges) {
			seen(p.refs);
			for (const c of p.contradictedBy) seen(c.refs);
		}
	if (shown('people')) for (const p of content.people) seen(p.refs);
	if (shown('laws')) for (const l of content.laws) seen(l.refs);
	if (shown('eu')) for (const e of content.eu) seen(e.refs);
	if (shown('sinceLast')) for (const c of content.sinceLast?.newCases ?? []) seen(c.refs);
	if (shown('asks')) for (const a of content.asks) seen(a.refs);
	const map = new Map(order.map((old, i) => [old, i + 1]));
	const re = (refs: number[]) => refs.flatMap((r) => map.get(r) ?? []);
	return {
		...content,
		pledges: content.pledges.map((p) => ({
			...p,
			refs: re(p.refs),
			contradictedBy: p.contradictedBy.map((c) => ({ ...c, refs: re(c.refs) }))
		})),
		people: content.people.map((p) => ({ ...p, refs: re(p.refs) })),
		laws: content.laws.map((l) => ({ ...l, refs: re(l.refs) })),
		eu: content.eu.map((e) => ({ ...e, refs: re(e.refs) })),
		sinceLast: content.sinceLast && {
			...content.sinceLast,
			newCases: content.sinceLast.newCases.map((c) => ({ ...c, refs: re(c.refs) }))
		},
		asks: content.asks.map((a) => ({ ...a, refs: re(a.refs) })),
		endnotes: order.flatMap((old) => {
			const note = content.endnotes.find((n) => n.number === old);
			return note ? [{ ...note, number: map.get(old) ?? old }] : [];
		})
	};
}
