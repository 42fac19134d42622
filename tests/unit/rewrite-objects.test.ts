import { describe, expect, it } from 'vitest';
import { rewriteObjects } from '../../src/lib/server/rewrite-objects.js';

/* Page data rewritten for the reader's language is copied where it changes and shared where not. */

const upperNames = (o: Record<string, unknown>) =>
	typeof o.name === 'string' && o.name !== o.name.toUpperCase()
		? { name: o.name.toUpperCase() }
		: null;

describe('rewriteObjects', () => {
	it('returns the same data when nothing changes', () => {
		const data = { page: { name: 'A', items: [{ name: 'B' }, 3, null] }, count: 2 };
		expect(rewriteObjects(data, () => null)).toBe(data);
		const upper = { page: { name: 'A', items: [{ name: 'B' }] } };
		expect(rewriteObjects(upper, upperNames)).toBe(upper);
	});

	it('copies only the objects and arrays on the way to a change', () => {
		const kept = { name: 'KEPT' };
		const data = { kept, list: [kept, { name: 'x', inner: { name: 'y' } }], n: 1 };
		const out = rewriteObjects(data, upperNames);
		expect(out).toEqual({
			kept: { name: 'KEPT' },
			list: [{ name: 'KEPT' }, { name: 'X', inner: { name: 'Y' } }],
			n: 1
		});
		expect(out).not.toBe(data);
		expect(out.kept).toBe(kept);
		expect(out.list[0]).toBe(kept);
		expect(data.list[1]).toEqual({ name: 'x', inner: { name: 'y' } });
	});

	it('keeps a replaced object as the change gave it, without walking the original again', () => {
		// A translated date note: the record replaces its `start` object, whose own name the
		// walk would otherwise rewrite from the original and put back over the replacement.
		const data = { id: 'case', start: { name: 'may', note: 'as written' } };
		const out = rewriteObjects(data, (o) =>
			o.id === 'case' && typeof o.start === 'object' && o.start !== null
				? { start: { ...o.start, note: 'translated' } }
				: upperNames(o)
		);
		expect(out).toEqual({ id: 'case', start: { name: 'may', note: 'translated' } });
		expect(data.start).toEqual({ name: 'may', note: 'as written' });
	});
});
