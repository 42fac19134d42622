import type { Role } from './server/db/schema.js';

/* Names and one-line descriptions of the roles, for pages (shared by client and server). */

export const ROLE_LABELS: Record<Role, string> = {
	viewer: 'Viewer',
	researcher: 'Researcher',
	editor: 'Editor',
	admin: 'Admin'
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
	viewer: 'reads everything internal; makes no edits',
	researcher: 'creates and edits records and drafts, submits for review, builds briefing packs',
	editor: 'as researcher, and reviews, publishes and unpublishes',
	admin: 'as editor, and manages users, roles, invites, vocabularies, settings and the audit log'
};

export function roleLabel(role: string): string {
	return ROLE_LABELS[role as Role] ?? role;
}
