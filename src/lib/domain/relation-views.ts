import type { Lookup } from '$lib/workspace/form';
import type { LinkKind, Rating, RecordType } from './vocabulary';

/*
 * What hangs off a record besides its own fields, as its workspace page shows them: typed
 * links to other records, citations of sources, and for a pledge its rating assessments.
 * The server builds these (src/lib/server/workspace/record-relations.ts); the page draws them.
 */

/** A kind of link as seen from one side: "Contradicts pledge" on a case. */
export interface LinkChoice {
	key: string;
	label: string;
	kind: LinkKind;
	/** Whether this record is the link's `from` side. */
	outgoing: boolean;
	other: Lookup & RecordType;
	otherSlug: string;
}

export interface LinkView {
	id: string;
	label: string;
	otherId: string;
	otherTitle: string;
	otherSlug: string;
	note: string;
	/** False until the record is published (or its pending changes are) by a reviewer. */
	published: boolean;
}

export interface CitationView {
	id: string;
	sourceId: string;
	sourceTitle: string;
	locator: string;
	note: string;
	published: boolean;
}

export interface AssessmentView {
	id: string;
	rating: Rating;
	ratingLabel: string;
	assessed_on: string;
	rationale: string;
	status: string;
	version: number;
}

export interface Relations {
	linkChoices: LinkChoice[];
	links: LinkView[];
	/** Sources are what others cite, so they carry no citations themselves. */
	citable: boolean;
	citations: CitationView[];
	assessments: AssessmentView[] | null;
	ratingOptions: { value: string; label: string }[];
}
