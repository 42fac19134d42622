import type { TimelineView } from './view.svelte';

/**
 * The chart-wide keys, heard on the whole figure: + and - zoom, the arrows walk the marks in
 * time order (like Tab, without leaving the chart), Escape clears the hover and selection.
 * Keys typed into the filter form are left alone.
 */
export function chartKeydown(event: KeyboardEvent, view: TimelineView, figure: HTMLElement) {
	const target = event.target as HTMLElement | SVGElement;
	if (target.closest('input, select, textarea, summary')) return;
	if (event.key === '+' || event.key === '=') {
		event.preventDefault();
		view.zoom(2);
	} else if (event.key === '-' || event.key === '_') {
		event.preventDefault();
		view.zoom(0.5);
	} else if (event.key === 'Escape') {
		view.clear();
	} else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && target.dataset.item) {
		const all = [...figure.querySelectorAll<HTMLElement | SVGElement>('[data-item]')];
		const next = all[all.indexOf(target) + (event.key === 'ArrowRight' ? 1 : -1)];
		if (next) {
			event.preventDefault();
			next.focus();
		}
	}
}
