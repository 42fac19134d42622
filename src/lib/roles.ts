import type { Role } from './domain/vocabulary';
import { m } from './paraglide/messages.js';

/*
 * Names and one-line descriptions of the roles, for pages (shared by client and server), in
 * the page's language: each is read when a page asks for it (getters), never fixed at start.
 */

export const ROLE_LABELS: Record<Role, string> = {
	get viewer() {
		return m.role_viewer();
	},
	get researcher() {
		return m.role_researcher();
	},
	get editor() {
		return m.role_editor();
	},
	get admin() {
		return m.role_admin();
	}
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
	get viewer() {
		return m.role_viewer_text();
	},
	get researcher() {
		return m.role_researcher_text();
	},
	get editor() {
		return m.role_editor_text();
	},
	get admin() {
		return m.role_admin_text();
	}
};

export function roleLabel(role: string): string {
	return ROLE_LABELS[role as Role] ?? role;
}
