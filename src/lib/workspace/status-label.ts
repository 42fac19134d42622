import type { WorkflowStatus } from '$lib/domain/vocabulary';
import { m } from '$lib/paraglide/messages';

/* A workflow status in the interface language: Draft, In review, Published. */
const LABELS: Record<WorkflowStatus, () => string> = {
	draft: m.ws_status_draft,
	in_review: m.ws_status_in_review,
	published: m.ws_status_published
};

export const statusLabel = (status: WorkflowStatus): string => LABELS[status]();
