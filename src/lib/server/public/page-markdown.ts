import { renderMarkdown } from '$lib/server/markdown';
import type { PageCountry, PageRecord, PublicCountry } from '$lib/domain/public-records';

/*
 * The Markdown a researcher wrote, turned into the safe HTML a public page shows. Kept apart
 * from the read model itself so the open-data API, which hands out the source text, never
 * pays for rendering.
 */

/** The record with its description rendered, and the source text left out. */
export function renderDescription<T extends { description: string }>(record: T): PageRecord<T> {
	const { description, ...rest } = record;
	return { ...rest, descriptionHtml: renderMarkdown(description) };
}

/** The country with its summary rendered, and the source text left out. */
export function renderSummary<T extends PublicCountry>(
	country: T
): Omit<T, 'summary'> & PageCountry {
	const { summary, ...rest } = country;
	return { ...rest, summaryHtml: renderMarkdown(summary) };
}
