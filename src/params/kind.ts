import type { ParamMatcher } from '@sveltejs/kit';
import { WORKSPACE_SLUGS } from '$lib/workspace/slugs';

/* /workspace/[kind=kind]/... matches only the record types the workspace edits. */
export const match: ParamMatcher = (param) =>
	(WORKSPACE_SLUGS as readonly string[]).includes(param);
