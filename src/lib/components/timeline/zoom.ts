import type { D3ZoomEvent } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import type { ZoomTransformLike } from './view.svelte';

/** Who hears a zoom gesture: the timeline's view state. */
export interface ZoomGestures {
	startGesture(transform: ZoomTransformLike): void;
	moveGesture(transform: ZoomTransformLike): void;
	endGesture(): void;
}

/*
 * Wheel, drag and pinch zoom on the chart, as an attachment: d3-zoom binds its listeners and
 * computes the transform; the view state turns it into a window and Svelte redraws. Nothing
 * here touches the chart's nodes. d3-zoom and d3-selection are the largest part of the page's
 * script, and only a pointer or touch on the chart can use them (buttons, keys and links work
 * without), so they are fetched when one first comes near the chart.
 */
export function zoomable(gestures: ZoomGestures): Attachment<SVGSVGElement> {
	return (node) => {
		let detach: (() => void) | null = null;
		let cancelled = false;
		const arm = () => {
			node.removeEventListener('pointerenter', arm);
			node.removeEventListener('touchstart', arm);
			void Promise.all([import('d3-zoom'), import('d3-selection')]).then(
				([{ zoom }, { select }]) => {
					if (cancelled) return;
					type ZoomEvent = D3ZoomEvent<SVGSVGElement, unknown>;
					const behavior = zoom<SVGSVGElement, unknown>()
						.on('start', (e: ZoomEvent) => gestures.startGesture(e.transform))
						// Only the reader's own gestures: d3-zoom also reports transforms set in code.
						.on('zoom', (e: ZoomEvent) => e.sourceEvent && gestures.moveGesture(e.transform))
						.on('end', () => gestures.endGesture());
					const selection = select(node);
					// A double click on a mark is two clicks on it (select, unselect), never a zoom.
					selection.call(behavior).on('dblclick.zoom', null);
					detach = () => selection.on('.zoom', null);
				}
			);
		};
		node.addEventListener('pointerenter', arm, { passive: true });
		node.addEventListener('touchstart', arm, { passive: true });
		return () => {
			cancelled = true;
			node.removeEventListener('pointerenter', arm);
			node.removeEventListener('touchstart', arm);
			detach?.();
		};
	};
}
