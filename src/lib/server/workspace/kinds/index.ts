import type { RecordType } from '$lib/server/db/schema';
import { caseKind } from './case';
import { pledgeKind } from './pledge';
import type { WorkspaceKind } from './types';

/* Every record type the workspace edits, in the order its navigation lists them. */
export const KINDS: readonly WorkspaceKind[] = [caseKind, pledgeKind];

export function kindBySlug(slug: string): WorkspaceKind | undefined {
	return KINDS.find((k) => k.slug === slug);
}

export function kindByType(type: RecordType | string): WorkspaceKind | undefined {
	return KINDS.find((k) => k.type === type);
}

export type { WorkspaceKind, WorkspaceRecord, FormContext, ListRow, FilterSpec } from './types';
