import * as d3 from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { symbolPath, verticalLink, type SymbolName } from '../../src/lib/timeline/symbols';

/*
 * The timeline draws its shapes and connectors with its own few lines instead of d3-shape
 * (src/lib/timeline/symbols.ts); they must write the very path data d3-shape writes, so the
 * figure is the same to the last digit.
 */
const D3_SYMBOLS: Record<SymbolName, d3.SymbolType> = {
	asterisk: d3.symbolAsterisk,
	circle: d3.symbolCircle,
	cross: d3.symbolCross,
	diamond: d3.symbolDiamond,
	plus: d3.symbolPlus,
	square: d3.symbolSquare,
	star: d3.symbolStar,
	times: d3.symbolTimes,
	triangle: d3.symbolTriangle,
	triangle2: d3.symbolTriangle2,
	wye: d3.symbolWye
};

// The sizes the timeline uses (marks at 120, legend at 80 and 90, times 0.8, 0.9 and 1.25), and more.
const SIZES = [1, 7.5, 25, 64, 72, 80, 90, 96, 108, 112.5, 120, 150, 333.3, 1000];

describe('timeline symbols', () => {
	for (const [name, type] of Object.entries(D3_SYMBOLS) as [SymbolName, d3.SymbolType][]) {
		it(`draws ${name} as d3-shape does`, () => {
			for (const size of SIZES) expect(symbolPath(name, size)).toBe(d3.symbol(type, size)());
		});
	}

	it('draws a connector as d3-shape’s linkVertical does', () => {
		const link = d3.linkVertical<unknown, [number, number]>();
		for (const [source, target] of [
			[
				[10, 20],
				[30, 40]
			],
			[
				[123.4567, 7.0004],
				[-5.12345, 88.8885]
			],
			[
				[0, 0],
				[0, 0]
			]
		] as [number, number][][])
			expect(verticalLink(source as [number, number], target as [number, number])).toBe(
				link({ source, target } as never)
			);
	});
});
