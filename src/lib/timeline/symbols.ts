/*
 * The SVG path data of the timeline's mark shapes and connectors: d3-shape's symbols and
 * vertical link, written out for the few shapes the timeline draws. d3-shape's bundle keeps
 * every curve it defines (their prototypes count as side effects), 16 KB of the country
 * page's script for a handful of short paths. Same geometry, same rounding to three decimals
 * (d3-shape's default), so the same `d` strings: tests/timeline/symbols.test.ts compares them
 * with d3-shape's over a range of sizes.
 */

export type SymbolName =
	| 'asterisk'
	| 'circle'
	| 'cross'
	| 'diamond'
	| 'plus'
	| 'square'
	| 'star'
	| 'times'
	| 'triangle'
	| 'triangle2'
	| 'wye';

/** A path written as d3-path writes one with three digits: each number rounded to 0.001. */
class PathData {
	d = '';
	add(command: string, ...numbers: number[]): void {
		this.d += command + numbers.map((n) => Math.round(n * 1000) / 1000).join(',');
	}
	moveTo(x: number, y: number) {
		this.add('M', x, y);
	}
	lineTo(x: number, y: number) {
		this.add('L', x, y);
	}
	close() {
		this.d += 'Z';
	}
}

const { sqrt, min, sin, cos, PI: pi } = Math;
const tau = 2 * pi;
const sqrt3 = sqrt(3);
const tan30 = sqrt(1 / 3);
const star = {
	ka: 0.8908130915292852,
	kr: sin(pi / 10) / sin((7 * pi) / 10)
};
const wye = { c: -0.5, s: sqrt3 / 2, k: 1 / sqrt(12) };

const DRAW: Record<SymbolName, (p: PathData, size: number) => void> = {
	asterisk(p, size) {
		const r = sqrt(size + min(size / 28, 0.75)) * 0.59436;
		const t = r / 2;
		const u = t * sqrt3;
		p.moveTo(0, r);
		p.lineTo(0, -r);
		p.moveTo(-u, -t);
		p.lineTo(u, t);
		p.moveTo(-u, t);
		p.lineTo(u, -t);
	},
	circle(p, size) {
		// A full circle as two half arcs, from (r, 0) round and back.
		const r = sqrt(size / pi);
		p.moveTo(r, 0);
		p.add('A', r, r, 0, 1, 1, -r, 0);
		p.add('A', r, r, 0, 1, 1, r, 0);
	},
	cross(p, size) {
		const r = sqrt(size / 5) / 2;
		p.moveTo(-3 * r, -r);
		for (const [x, y] of [
			[-r, -r],
			[-r, -3 * r],
			[r, -3 * r],
			[r, -r],
			[3 * r, -r],
			[3 * r, r],
			[r, r],
			[r, 3 * r],
			[-r, 3 * r],
			[-r, r],
			[-3 * r, r]
		] as const)
			p.lineTo(x, y);
		p.close();
	},
	diamond(p, size) {
		const y = sqrt(size / (tan30 * 2));
		const x = y * tan30;
		p.moveTo(0, -y);
		p.lineTo(x, 0);
		p.lineTo(0, y);
		p.lineTo(-x, 0);
		p.close();
	},
	plus(p, size) {
		const r = sqrt(size - min(size / 7, 2)) * 0.87559;
		p.moveTo(-r, 0);
		p.lineTo(r, 0);
		p.moveTo(0, r);
		p.lineTo(0, -r);
	},
	square(p, size) {
		const w = sqrt(size);
		const x = -w / 2;
		p.moveTo(x, x);
		p.add('h', w);
		p.add('v', w);
		p.add('h', -w);
		p.close();
	},
	star(p, size) {
		const r = sqrt(size * star.ka);
		const x = sin(tau / 10) * star.kr * r;
		const y = -cos(tau / 10) * star.kr * r;
		p.moveTo(0, -r);
		p.lineTo(x, y);
		for (let i = 1; i < 5; ++i) {
			const a = (tau * i) / 5;
			const c = cos(a);
			const s = sin(a);
			p.lineTo(s * r, -c * r);
			p.lineTo(c * x - s * y, s * x + c * y);
		}
		p.close();
	},
	times(p, size) {
		const r = sqrt(size - min(size / 6, 1.7)) * 0.6189;
		p.moveTo(-r, -r);
		p.lineTo(r, r);
		p.moveTo(-r, r);
		p.lineTo(r, -r);
	},
	triangle(p, size) {
		const y = -sqrt(size / (sqrt3 * 3));
		p.moveTo(0, y * 2);
		p.lineTo(-sqrt3 * y, -y);
		p.lineTo(sqrt3 * y, -y);
		p.close();
	},
	triangle2(p, size) {
		const s = sqrt(size) * 0.6824;
		const t = s / 2;
		const u = (s * sqrt3) / 2;
		p.moveTo(0, -s);
		p.lineTo(u, t);
		p.lineTo(-u, t);
		p.close();
	},
	wye(p, size) {
		const { c, s, k } = wye;
		const r = sqrt(size / ((k / 2 + 1) * 3));
		const x0 = r / 2;
		const y0 = r * k;
		const x1 = x0;
		const y1 = r * k + r;
		const x2 = -x1;
		const y2 = y1;
		p.moveTo(x0, y0);
		p.lineTo(x1, y1);
		p.lineTo(x2, y2);
		p.lineTo(c * x0 - s * y0, s * x0 + c * y0);
		p.lineTo(c * x1 - s * y1, s * x1 + c * y1);
		p.lineTo(c * x2 - s * y2, s * x2 + c * y2);
		p.lineTo(c * x0 + s * y0, c * y0 - s * x0);
		p.lineTo(c * x1 + s * y1, c * y1 - s * x1);
		p.lineTo(c * x2 + s * y2, c * y2 - s * x2);
		p.close();
	}
};

/** Path data for a shape centred on 0,0; `size` is its area in square pixels, as d3-shape takes it. */
export function symbolPath(shape: SymbolName, size: number): string {
	const p = new PathData();
	DRAW[shape](p, size);
	return p.d;
}

/** A vertical S-curve from `source` down to `target`, as d3-shape's linkVertical draws it. */
export function verticalLink(source: [number, number], target: [number, number]): string {
	const [x0, y0] = source;
	const [x1, y1] = target;
	const ym = (y0 + y1) / 2;
	const p = new PathData();
	p.moveTo(x0, y0);
	p.add('C', x0, ym, x1, ym, x1, y1);
	return p.d;
}
