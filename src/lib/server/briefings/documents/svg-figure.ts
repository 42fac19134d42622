import { Parser } from 'htmlparser2';

/*
 * Draws the timeline's static SVG into a PDF as vectors. Only the subset the timeline's static
 * figure uses is understood: svg (viewBox), g (transform, clip-path), rect, line, path, circle,
 * text, and in defs the rating patterns, the plot's clip rectangle and the fading mask of marks
 * known only to precede a date. The timeline styles its marks with CSS classes in its components;
 * CLASS_STYLES repeats those rules so paper shows what the screen shows. Anything else is skipped,
 * never rasterised.
 */

export interface SvgNode {
	name: string;
	attrs: Record<string, string>;
	children: SvgNode[];
	text: string;
}

/** The SVG's element tree (comments dropped); throws when the text holds no <svg>. */
export function parseSvg(svg: string): SvgNode {
	const root: SvgNode = { name: '#root', attrs: {}, children: [], text: '' };
	const stack = [root];
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				const node: SvgNode = { name, attrs, children: [], text: '' };
				stack.at(-1)?.children.push(node);
				stack.push(node);
			},
			ontext(text) {
				const top = stack.at(-1);
				if (top) top.text += text;
			},
			onclosetag() {
				stack.pop();
			}
		},
		{ xmlMode: true, decodeEntities: true }
	);
	parser.write(svg);
	parser.end();
	const found = root.children.find((n) => n.name === 'svg');
	if (!found) throw new Error('The pack figure is not an SVG: it has no <svg> element.');
	return found;
}

type Style = Record<string, string>;

/** The timeline's CSS rules for its static figure, as presentation attributes. */
const CLASS_STYLES: { within?: string; tag?: string; classes: string[]; style: Style }[] = [
	{ classes: ['chart'], style: { 'font-size': '11' } },
	{ classes: ['lane-label'], style: { 'font-weight': '600', 'font-size': '12' } },
	{ classes: ['lane-count'], style: { fill: '#555', 'font-size': '10' } },
	{ within: 'axis', tag: 'line', classes: [], style: { stroke: '#e1e1e1' } },
	{ within: 'axis', tag: 'line', classes: ['major'], style: { stroke: '#bdbdbd' } },
	{ within: 'axis', tag: 'text', classes: [], style: { fill: '#444' } },
	{
		within: 'axis',
		tag: 'text',
		classes: ['major'],
		style: { 'font-weight': '600', fill: '#111' }
	},
	{
		classes: ['bar'],
		style: { 'stroke-width': '3', fill: 'none', 'stroke-linecap': 'round' }
	},
	{ classes: ['bar', 'assumed'], style: { 'stroke-dasharray': '4 5', 'stroke-opacity': '0.55' } },
	{ classes: ['label'], style: { fill: '#111' } },
	{
		classes: ['connector'],
		style: { fill: 'none', stroke: '#000', 'stroke-width': '1.5', 'stroke-dasharray': '4 3' }
	},
	{ within: 'bucket', tag: 'rect', classes: [], style: { fill: '#6b6b6b' } },
	{ within: 'bucket', tag: 'text', classes: [], style: { 'font-size': '10', fill: '#111' } },
	{ classes: ['empty'], style: { fill: '#555', 'font-size': '13' } }
];

const INHERITED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'font-size',
	'font-weight',
	'text-anchor'
];
const PAINT = [...INHERITED, 'opacity', 'mask', 'clip-path', 'stroke-linejoin'];

function classesOf(node: SvgNode): string[] {
	return (node.attrs.class ?? '').split(/\s+/).filter(Boolean);
}

/** Inherited style, then the node's attributes, then class rules (CSS beats attributes). */
function styleOf(node: SvgNode, inherited: Style, ancestors: ReadonlySet<string>): Style {
	const style: Style = {};
	for (const key of INHERITED) if (inherited[key] !== undefined) style[key] = inherited[key];
	for (const key of PAINT) if (node.attrs[key] !== undefined) style[key] = node.attrs[key];
	const classes = classesOf(node);
	for (const rule of CLASS_STYLES) {
		if (rule.within && !ancestors.has(rule.within)) continue;
		if (rule.tag && rule.tag !== node.name) continue;
		if (!rule.within && rule.classes.length === 0) continue;
		if (rule.classes.every((c) => classes.includes(c))) Object.assign(style, rule.style);
	}
	return style;
}

function num(value: string | undefined, fallback = 0): number {
	const n = Number.parseFloat(value ?? '');
	return Number.isFinite(n) ? n : fallback;
}

function refId(value: string | undefined): string | null {
	return /^url\(#([^)]+)\)$/.exec(value?.trim() ?? '')?.[1] ?? null;
}

function applyTransform(doc: PDFKit.PDFDocument, transform: string | undefined): void {
	if (!transform) return;
	for (const [, fn, args] of transform.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
		const n = (args ?? '')
			.split(/[\s,]+/)
			.filter(Boolean)
			.map(Number);
		if (fn === 'translate') doc.translate(n[0] ?? 0, n[1] ?? 0);
		else if (fn === 'scale') doc.scale(n[0] ?? 1, n[1] ?? n[0] ?? 1);
		else if (fn === 'rotate') doc.rotate(n[0] ?? 0, { origin: [n[1] ?? 0, n[2] ?? 0] });
		else if (fn === 'matrix' && n.length === 6) {
			doc.transform(n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!);
		}
	}
}

interface Fonts {
	regular: string;
	bold: string;
}

class SvgDrawer {
	private defs = new Map<string, SvgNode>();

	constructor(
		private doc: PDFKit.PDFDocument,
		private fonts: Fonts
	) {}

	collectDefs(node: SvgNode): void {
		if (node.attrs.id) this.defs.set(node.attrs.id, node);
		for (const child of node.children) this.collectDefs(child);
	}

	draw(node: SvgNode, inherited: Style, ancestors: ReadonlySet<string>): void {
		if (
			['defs', 'clipPath', 'mask', 'pattern', 'linearGradient', 'title', 'desc'].includes(node.name)
		) {
			return;
		}
		const style = styleOf(node, inherited, ancestors);
		const doc = this.doc;
		doc.save();
		applyTransform(doc, node.attrs.transform);
		const clip = this.defs.get(refId(style['clip-path']) ?? '');
		if (clip) {
			for (const r of clip.children.filter((c) => c.name === 'rect')) {
				doc.rect(num(r.attrs.x), num(r.attrs.y), num(r.attrs.width), num(r.attrs.height));
			}
			doc.clip();
		}
		if (style.opacity) doc.opacity(num(style.opacity, 1));
		switch (node.name) {
			case 'svg':
			case 'g': {
				const inner = new Set(ancestors);
				for (const c of classesOf(node)) inner.add(c);
				const { 'clip-path': _clip, opacity: _opacity, mask: _mask, ...pass } = style;
				for (const child of node.children) this.draw(child, pass, inner);
				break;
			}
			case 'rect':
				this.shape(
					style,
					() => {
						doc.rect(
							num(node.attrs.x),
							num(node.attrs.y),
							num(node.attrs.width),
							num(node.attrs.height)
						);
					},
					{
						x: num(node.attrs.x),
						y: num(node.attrs.y),
						w: num(node.attrs.width),
						h: num(node.attrs.height)
					}
				);
				break;
			case 'circle': {
				const r = num(node.attrs.r);
				const cx = num(node.attrs.cx);
				const cy = num(node.attrs.cy);
				this.shape(style, () => doc.circle(cx, cy, r), {
					x: cx - r,
					y: cy - r,
					w: 2 * r,
					h: 2 * r
				});
				break;
			}
			case 'line':
				this.shape({ ...style, fill: 'none' }, () => {
					doc
						.moveTo(num(node.attrs.x1), num(node.attrs.y1))
						.lineTo(num(node.attrs.x2), num(node.attrs.y2));
				});
				break;
			case 'path': {
				const d = node.attrs.d ?? '';
				// Symbols are drawn around the origin: their largest coordinate bounds them.
				const extent = Math.max(
					0,
					...(d.match(/-?\d*\.?\d+/g) ?? []).map((n) => Math.abs(Number(n)))
				);
				this.shape(style, () => doc.path(d), {
					x: -extent,
					y: -extent,
					w: 2 * extent,
					h: 2 * extent
				});
				break;
			}
			case 'text':
				this.text(node, style);
				break;
		}
		doc.restore();
	}

	private color(value: string | undefined): string | null {
		if (!value || value === 'none' || value === 'transparent') return null;
		return value;
	}

	private shape(
		style: Style,
		trace: () => void,
		box?: { x: number; y: number; w: number; h: number }
	): void {
		const doc = this.doc;
		const fillRef = this.defs.get(refId(style.fill) ?? '');
		const fill = fillRef ? null : this.color(style.fill ?? '#000');
		const stroke = this.color(style.stroke);
		const fillOpacity = num(style['fill-opacity'], 1);
		const mask = this.defs.get(refId(style.mask) ?? '');
		if (fill && mask && box) {
			// The timeline's fading mask: a band that fades in from its start, drawn as a gradient.
			const gradient = doc.linearGradient(box.x, 0, box.x + box.w, 0);
			gradient.stop(0, fill, 0).stop(1, fill, fillOpacity);
			trace();
			doc.fill(gradient);
		} else if (fill) {
			trace();
			doc.fillColor(fill, fillOpacity).fill();
		} else if (fillRef?.name === 'pattern' && box) {
			this.pattern(fillRef, trace, box);
		}
		if (stroke) {
			doc.lineWidth(num(style['stroke-width'], 1));
			doc.lineCap(style['stroke-linecap'] === 'round' ? 'round' : 'butt');
			doc.lineJoin(style['stroke-linejoin'] === 'round' ? 'round' : 'miter');
			const dash = (style['stroke-dasharray'] ?? '')
				.split(/[\s,]+/)
				.filter(Boolean)
				.map(Number);
			if (dash.length > 0 && dash[0]! > 0) doc.dash(dash[0]!, { space: dash[1] ?? dash[0]! });
			else doc.undash();
			trace();
			doc.strokeColor(stroke, num(style['stroke-opacity'], 1)).stroke();
		}
	}

	/** A tiling pattern (a rating's hatching): its tile repeated over the shape, clipped to it. */
	private pattern(
		pattern: SvgNode,
		trace: () => void,
		box: { x: number; y: number; w: number; h: number }
	): void {
		const doc = this.doc;
		const w = num(pattern.attrs.width, 6);
		const h = num(pattern.attrs.height, 6);
		doc.save();
		trace();
		doc.clip();
		for (let y = Math.floor(box.y / h) * h; y < box.y + box.h; y += h) {
			for (let x = Math.floor(box.x / w) * w; x < box.x + box.w; x += w) {
				doc.save();
				doc.translate(x, y);
				doc.rect(0, 0, w, h).clip();
				for (const child of pattern.children) this.draw(child, {}, new Set());
				doc.restore();
			}
		}
		doc.restore();
	}

	private text(node: SvgNode, style: Style): void {
		const content = node.text.replace(/\s+/g, ' ').trim();
		const fill = this.color(style.fill ?? '#000');
		if (content === '' || !fill) return;
		const doc = this.doc;
		const size = num(style['font-size'], 11);
		doc
			.font(num(style['font-weight'], 400) >= 600 ? this.fonts.bold : this.fonts.regular)
			.fontSize(size);
		const width = doc.widthOfString(content);
		const anchor = style['text-anchor'];
		const shift = anchor === 'end' ? width : anchor === 'middle' ? width / 2 : 0;
		doc.fillColor(fill, num(style['fill-opacity'], 1));
		doc.text(content, num(node.attrs.x) - shift, num(node.attrs.y), {
			lineBreak: false,
			baseline: 'alphabetic'
		});
	}
}

/**
 * Draws the figure at (x, y), `width` points wide, keeping its aspect ratio; returns the height.
 * Text is drawn in the given fonts (registered names), so it stays selectable.
 */
export function drawSvgFigure(
	doc: PDFKit.PDFDocument,
	svg: string,
	at: { x: number; y: number; width: number },
	fonts: Fonts
): number {
	const root = parseSvg(svg);
	const [vx, vy, vw, vh] = (root.attrs.viewBox ?? '')
		.split(/[\s,]+/)
		.map(Number)
		.concat([0, 0, num(root.attrs.width, 720), num(root.attrs.height, 300)])
		.slice(0, 4) as [number, number, number, number];
	const scale = at.width / (vw || 1);
	const drawer = new SvgDrawer(doc, fonts);
	drawer.collectDefs(root);
	doc.save();
	doc.translate(at.x, at.y).scale(scale).translate(-vx, -vy);
	doc.rect(vx, vy, vw, vh).clip();
	drawer.draw({ ...root, attrs: { ...root.attrs, transform: '' } }, {}, new Set());
	doc.restore();
	return vh * scale;
}
