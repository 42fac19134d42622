import type { LayoutServerLoad } from './$types';
import { can } from '$lib/server/policy';

/*
 * Which pages the navigation offers: only those the role can use (drafts and import need
 * editing, the review queue reviewing). Pages guard themselves.
 */
export const load: LayoutServerLoad = ({ locals }) => ({
	mayEdit: can(locals.actor, 'edit:records'),
	mayReview: can(locals.actor, 'review:records'),
	mayBuild: can(locals.actor, 'build:briefings')
});
