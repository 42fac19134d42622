import { describe, expect, it } from 'vitest';
import type { PublicCountrySummary } from '../../src/lib/domain/public-records.js';
import { worldMap } from '../../src/lib/server/public/world-map.js';

/*
 * The overview map finds a country's outline by its ISO code, not its name: Natural Earth
 * says "Turkey" and "Russia", a record may say "Türkiye" or "Russian Federation". Only names
 * and codes here; the ratings are made up for shading and describe no one.
 */

function country(code: string, name: string, isFictional = false): PublicCountrySummary {
	return {
		code,
		name,
		region: '',
		summary: '',
		isFictional,
		pledgeCount: 2,
		caseCount: 0,
		ratings: [{ rating: 'broken', count: 2 }],
		recentCases: []
	};
}

describe('world map', () => {
	const map = worldMap([
		country('TR', 'Türkiye'),
		country('RU', 'Russian Federation'),
		country('kz', 'Kazakhstan'),
		country('XT', 'Testland', true),
		// A fictional record that borrows a real code still has no outline.
		country('FR', 'Fictional France', true)
	]);
	const covered = map.filter((c) => c.code !== null);

	it('shades countries whose names differ from the atlas, by ISO code', () => {
		expect(covered.find((c) => c.code === 'tr')).toMatchObject({
			name: 'Türkiye',
			shade: 'broken'
		});
		expect(covered.find((c) => c.code === 'ru')).toMatchObject({
			name: 'Russian Federation',
			shade: 'broken'
		});
	});

	it('still shades Kazakhstan, whatever the case of its code', () => {
		expect(covered.find((c) => c.code === 'kz')).toMatchObject({
			name: 'Kazakhstan',
			shade: 'broken'
		});
	});

	it('gives fictional countries and codes without an outline no shape', () => {
		expect(covered.map((c) => c.code).sort()).toEqual(['kz', 'ru', 'tr']);
		expect(map.find((c) => c.name === 'France')).toMatchObject({ code: null, shade: 'none' });
		expect(map.every((c) => c.d.startsWith('M'))).toBe(true);
	});
});
