import { describe, expect, it } from 'vitest';
import {
	axisTicks,
	clampWindow,
	fitWindow,
	plotArea,
	resolveWindow,
	scaleWindow,
	windowDays,
	windowScale,
	zoomWindow
} from '../../src/lib/timeline/scale';

describe('timeline scales', () => {
	const area = plotArea(960);

	it('maps the window onto the plot area, whole days inclusive', () => {
		const scale = windowScale({ from: '2021-01-01', to: '2021-12-31' }, area);
		expect(scale(new Date('2021-01-01T00:00:00Z'))).toBe(area.left);
		expect(scale(new Date('2022-01-01T00:00:00Z'))).toBe(area.width - area.right);
		expect(scaleWindow(scale)).toEqual({ from: '2021-01-01', to: '2021-12-31' });
	});

	it('adapts ticks to the zoom: years when zoomed out, months and days when zoomed in', () => {
		const years = axisTicks(windowScale({ from: '2000-01-01', to: '2024-12-31' }, area), area);
		expect(years.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
		expect(years.length).toBeLessThanOrEqual(14);

		const months = axisTicks(windowScale({ from: '2021-01-01', to: '2021-12-31' }, area), area);
		expect(months.map((t) => t.label)).toContain('Apr');
		expect(months.find((t) => t.label === '2021')?.major).toBe(true);

		const days = axisTicks(windowScale({ from: '2021-11-20', to: '2021-11-30' }, area), area);
		expect(days.map((t) => t.label)).toContain('25 Nov');
	});

	it('fits a window around an extent and resolves partial views', () => {
		const fit = fitWindow({ from: '2018-01-01', to: '2021-12-04' });
		expect(fit.from <= '2018-01-01' && fit.to >= '2021-12-04').toBe(true);
		const extent = { from: '2018-01-01', to: '2021-12-04' };
		expect(resolveWindow({ from: '2020-01-01', to: null }, extent).from).toBe('2020-01-01');
		expect(resolveWindow({ from: '2020-01-01', to: null }, extent).to).toBe(fit.to);
		// An edge beyond the data still gives a window a year long, never an inverted one.
		const late = resolveWindow({ from: '2030-01-01', to: null }, extent);
		expect(late).toEqual({ from: '2030-01-01', to: '2030-12-31' });
		expect(windowDays(resolveWindow({ from: '2021-05-01', to: '2021-05-01' }, extent))).toBe(7);
	});

	it('zooms around the middle and never below a week', () => {
		const win = { from: '2021-01-01', to: '2021-12-31' };
		const zoomed = zoomWindow(win, 2);
		expect(windowDays(zoomed)).toBeGreaterThanOrEqual(182);
		expect(windowDays(zoomed)).toBeLessThanOrEqual(184);
		expect(windowDays(clampWindow({ from: '2021-05-01', to: '2021-05-02' }, win))).toBe(7);
	});
});
