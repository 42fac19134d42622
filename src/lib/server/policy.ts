import type { Role } from './db/schema.js';

/*
 * The one place that decides who may do what. Every route is listed here (or falls under a
 * listed subtree); a route with no rule is denied. Loads, form actions and endpoints ask
 * `can` (through guard.ts), and hooks.server.ts applies the route rules to every request
 * before any route code runs.
 *
 * Signed-out visitors to a staff page are sent to sign in. A signed-in staff member whose role
 * may not use a staff page (the review queue for a researcher, admin pages for an editor) gets
 * a 403 that says so in staff words: staff know these pages exist, and a 404 there reads as a
 * broken link. Everything else denied answers 404, so nobody learns what lies beyond reach.
 */

export type AccessRole = 'public' | Role;

export const PERMISSIONS = [
	'read:published',
	'account:self',
	'read:internal',
	'export:internal',
	'edit:records',
	'build:briefings',
	'review:records',
	'publish:records',
	'manage:users',
	'manage:invites',
	'read:audit',
	'manage:vocabularies',
	'manage:settings'
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: Permission[] = ['read:published', 'account:self', 'read:internal', 'export:internal'];
const RESEARCHER: Permission[] = [...VIEWER, 'edit:records', 'build:briefings'];
const EDITOR: Permission[] = [...RESEARCHER, 'review:records', 'publish:records'];
const ADMIN: Permission[] = [
	...EDITOR,
	'manage:users',
	'manage:invites',
	'read:audit',
	'manage:vocabularies',
	'manage:settings'
];

const GRANTS: Record<AccessRole, ReadonlySet<Permission>> = {
	public: new Set(['read:published']),
	viewer: new Set(VIEWER),
	researcher: new Set(RESEARCHER),
	editor: new Set(EDITOR),
	admin: new Set(ADMIN)
};

/** Roles that must use two-factor sign-in; for the others it is optional. */
/*
 * Writing a record (creating, editing, moving, trashing, restoring a version, its links and
 * sources) takes 'edit:records', and a kind may ask for more: themes are the shared
 * vocabulary, which admins add and change ('manage:vocabularies'). Translating a record's
 * text stays 'edit:records' for every kind; a translation is published by another editor.
 */
export function mayWriteKind(actor: Actor, kind: { writePermission?: Permission }): boolean {
	return can(actor, 'edit:records') && (!kind.writePermission || can(actor, kind.writePermission));
}

export function twoFactorRequired(role: Role): boolean {
	return role === 'editor' || role === 'admin';
}

/*
 * How far a signed-in session has got. Only 'full' carries the user's role; every earlier
 * stage acts as the public and may only reach the page that completes it.
 */
export type Stage = 'anonymous' | 'change-password' | 'second-factor' | 'enrol' | 'full';

export interface Actor {
	userId: string | null;
	email: string | null;
	/** The role whose permissions apply now: 'public' until sign-in is complete. */
	role: AccessRole;
	stage: Stage;
}

export const ANONYMOUS: Actor = { userId: null, email: null, role: 'public', stage: 'anonymous' };

export function actorFor(
	user: {
		id: string;
		email: string;
		role: Role;
		totpEnabled: boolean;
		mustChangePassword: boolean;
	} | null,
	session: { twoFactorVerified: boolean } | null
): Actor {
	if (!user || !session) return ANONYMOUS;
	const base = { userId: user.id, email: user.email, role: 'public' as const };
	if (user.totpEnabled && !session.twoFactorVerified) return { ...base, stage: 'second-factor' };
	if (user.mustChangePassword) return { ...base, stage: 'change-password' };
	if (twoFactorRequired(user.role) && !user.totpEnabled) return { ...base, stage: 'enrol' };
	return { userId: user.id, email: user.email, role: user.role, stage: 'full' };
}

export function can(actor: Actor, permission: Permission): boolean {
	return GRANTS[actor.role].has(permission);
}

/** A record's visibility: published and not deleted is public; anything else is internal. */
export function canSeeRecord(
	actor: Actor,
	record: { status: string; deleted_at?: string | null }
): boolean {
	if (record.status === 'published' && !record.deleted_at) return can(actor, 'read:published');
	return can(actor, 'read:internal');
}

/* --- route rules ------------------------------------------------------------------------ */

/**
 * What a request needs: a permission, or (for the pages that finish signing in) a stage.
 * `read` applies to GET and HEAD, `write` to every other method (form actions, endpoints).
 */
export type Access = { permission: Permission } | { stages: Stage[]; permission?: Permission };

export interface RouteRule {
	read: Access;
	write: Access;
}

const open: Access = { permission: 'read:published' };
const needs = (permission: Permission): Access => ({ permission });
const rule = (read: Access, write: Access = read): RouteRule => ({ read, write });

/** Exact route ids (as in event.route.id). */
export const ROUTE_RULES: Record<string, RouteRule> = {
	'/': rule(open),
	'/open-data': rule(open),
	// Load balancers' health check: says only up or down.
	'/healthz': rule(open),
	'/login': rule(open),
	'/login/two-factor': rule({ stages: ['second-factor'] }),
	'/logout': rule(open),
	'/invite/[token]': rule(open),
	'/account': rule(needs('account:self')),
	'/account/password': rule({ stages: ['change-password'], permission: 'account:self' }),
	'/account/two-factor': rule({ stages: ['enrol'], permission: 'account:self' }),
	'/account/sessions': rule(needs('account:self')),
	'/workspace': rule(needs('read:internal')),
	'/workspace/[kind=kind]/export': rule(needs('export:internal')),
	// Importing only creates records, so the page itself is for those who may edit.
	'/workspace/import': rule(needs('edit:records')),
	'/workspace/import/template': rule(needs('edit:records')),
	// Viewers read issued packs; building, editing and issuing need build:briefings.
	'/workspace/briefings': rule(needs('read:internal'), needs('build:briefings')),
	'/workspace/briefings/[id]': rule(needs('read:internal'), needs('build:briefings')),
	'/workspace/briefings/[id]/[format]': rule(needs('read:internal')),
	'/admin': rule(needs('manage:users')),
	'/admin/users': rule(needs('manage:users')),
	'/admin/invites': rule(needs('manage:invites')),
	'/admin/audit': rule(needs('read:audit')),
	'/admin/settings': rule(needs('manage:settings'))
};

/**
 * Subtrees whose routes share a rule until they are listed above: published data is public,
 * the staff area needs internal read access (and edits to write), admin pages need admin.
 */
export const SUBTREE_RULES: [prefix: string, rule: RouteRule][] = [
	['/countries', rule(open, needs('edit:records'))],
	['/api/v1', rule(open, needs('edit:records'))],
	['/workspace', rule(needs('read:internal'), needs('edit:records'))],
	['/admin', rule(needs('manage:settings'))]
];

export function ruleFor(routeId: string): RouteRule | null {
	const exact = ROUTE_RULES[routeId];
	if (exact) return exact;
	for (const [prefix, subtree] of SUBTREE_RULES) {
		if (routeId === prefix || routeId.startsWith(`${prefix}/`)) return subtree;
	}
	return null;
}

export function allows(actor: Actor, access: Access): boolean {
	if ('stages' in access && access.stages.includes(actor.stage)) return true;
	// Until sign-in is complete the actor's role is 'public', so this grants public access only.
	return access.permission !== undefined && can(actor, access.permission);
}

export type Decision =
	| { kind: 'allow' }
	| { kind: 'sign-in' }
	| { kind: 'finish-sign-in'; location: string }
	| { kind: 'forbidden' }
	| { kind: 'not-found' };

/* The staff area's pages: a staff member is told plainly when their role may not use one. */
const STAFF_PREFIXES = ['/workspace', '/admin', '/account'];

export function isStaffPath(path: string): boolean {
	return STAFF_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Whether a denial for this actor on this route is a staff-worded 403 rather than a 404. */
export function deniedAsForbidden(actor: Actor, routeId: string): boolean {
	return actor.stage === 'full' && actor.role !== 'public' && isStaffPath(routeId);
}

/** Where a partly signed-in session must go next. */
export function nextStepLocation(stage: Stage): string | null {
	switch (stage) {
		case 'second-factor':
			return '/login/two-factor';
		case 'change-password':
			return '/account/password';
		case 'enrol':
			return '/account/two-factor';
		default:
			return null;
	}
}

export function isReadMethod(method: string): boolean {
	return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

/** The decision for one request: deny by default, 404 for signed-in roles that may not. */
export function decide(actor: Actor, routeId: string | null, method: string): Decision {
	if (routeId === null) return { kind: 'allow' }; // no route: SvelteKit answers 404 itself
	const found = ruleFor(routeId);
	if (!found) return { kind: 'not-found' };
	const access = isReadMethod(method) ? found.read : found.write;
	if (allows(actor, access)) return { kind: 'allow' };
	if (actor.stage === 'anonymous') return { kind: 'sign-in' };
	const next = nextStepLocation(actor.stage);
	if (next) return { kind: 'finish-sign-in', location: next };
	return deniedAsForbidden(actor, routeId) ? { kind: 'forbidden' } : { kind: 'not-found' };
}
