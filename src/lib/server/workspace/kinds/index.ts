import type { RecordType } from '$lib/server/db/schema';
import { actorKind } from './actor';
import { askKind } from './ask';
import { caseKind } from './case';
import { countryKind } from './country';
import { engagementKind } from './engagement';
import { lawKind } from './law';
import { pledgeKind } from './pledge';
import { sourceKind } from './source';
import { themeKind } from './theme';
import type { WorkspaceKind } from './types';

/* Every record type the workspace edits, in the order its navigation lists them. */
export const KINDS: readonly WorkspaceKind[] = [
	caseKind,
	pledgeKind,
	engagementKind,
	askKind,
	actorKind,
	lawKind,
	sourceKind,
	countryKind,
	themeKind
];

export function kindBySlug(slug: string): WorkspaceKind | undefined {
	return KINDS.find((k) => k.slug === slug);
}

export function kindByType(type: RecordType | string): WorkspaceKind | undefined {
	return KINDS.find((k) => k.type === type);
}

export type { WorkspaceKind, WorkspaceRecord, FormContext, ListRow, FilterSpec } from './types';
