import type { WorkflowStatus } from '$lib/server/db/schema';
import type { Permission } from '$lib/server/policy';
import type { ContentAction, Executor, GetOptions } from '$lib/server/repositories/records';
import type { KindType } from '$lib/server/repositories/record-kinds';
import type { SearchType } from '$lib/server/search';
import type { Segment } from '$lib/server/search/segments';
import type { FieldErrors, FormSection, FormValues, Option } from '$lib/workspace/form';
import type { ListQuery } from '$lib/workspace/list-query';
import type { ListCell } from '$lib/workspace/list-cell';
import { kindName, kindsName } from '$lib/workspace/kind-names';
import type { WorkspaceSlug } from '$lib/workspace/slugs';
import type { ParsedForm } from '../form-schema';

/*
 * What the workspace needs to know about one record type: its form, how a stored record
 * becomes form values and a submission becomes repository input, and which repository
 * functions to call. Every route and action works from this description, so the workflow,
 * history, conflict and trash machinery is written once for all record types.
 */

/** The columns every workflow record has, as the machinery reads them. */
export interface WorkspaceRecord {
	id: string;
	status: WorkflowStatus;
	version: number;
	created_at: string;
	updated_at: string;
	created_by: string | null;
	updated_by: string | null;
	published_at: string | null;
	deleted_at: string | null;
}

/** Data forms and list filters need from the database: the countries and themes to choose from. */
export interface FormContext {
	countries: Option[];
	themes: Option[];
}

export interface FilterSpec {
	name: keyof ListQuery & string;
	label: string;
	kind: 'select' | 'day';
	options?: Option[];
}

export interface ListRow {
	id: string;
	title: string;
	status: WorkflowStatus;
	updated_at: string;
	/** One cell per entry of the kind's `columns`. */
	cells: ListCell[];
	/** The title with the searched words marked, when the list was searched. */
	titleSegments?: Segment[];
	/** Where else the words matched (description, names), when the list was searched. */
	snippet?: Segment[];
}

/*
 * R is the record as edited (its row with its join rows), L the record as a list row needs it:
 * its own columns plus anything read for a whole page at once (a pledge's current rating).
 */
export interface WorkspaceKind<
	R extends WorkspaceRecord = WorkspaceRecord,
	I = unknown,
	L extends WorkspaceRecord = WorkspaceRecord
> {
	/** The URL segment: /workspace/cases. */
	slug: WorkspaceSlug;
	type: KindType;
	/** "case"; "Cases". */
	label: string;
	plural: string;
	sections(ctx: FormContext): FormSection[];
	/** A stored record (with its join rows) as form values; picked records carry ids only. */
	toValues(record: R): FormValues;
	/** A checked submission as repository input; `current` is the record being edited. */
	toInput(form: ParsedForm, current?: R): I;
	title(record: R): string;
	/**
	 * A revision's snapshot (the stored row with its join rows) as the record; needed only where
	 * a column is stored in another form than the record holds it (an actor's aliases).
	 */
	fromSnapshot?(snapshot: Record<string, unknown>): R;
	get(db: Executor, id: string, options?: GetOptions): Promise<R>;
	create(db: Executor, input: I, userId: string | null): Promise<R>;
	/** `action` names the revision: an edit, a restore, or pending changes being published. */
	update(
		db: Executor,
		id: string,
		version: number,
		input: I,
		userId: string | null,
		action?: ContentAction
	): Promise<R>;
	remove(db: Executor, id: string, userId: string | null, version?: number): Promise<unknown>;
	restore(db: Executor, id: string, userId: string | null, version?: number): Promise<unknown>;
	setStatus(
		db: Executor,
		id: string,
		version: number,
		status: WorkflowStatus,
		userId: string | null,
		/** Kept on the status revision: the comment on going back to draft. */
		note?: string | null
	): Promise<unknown>;
	/** Filters the list offers, beyond the search box and status. */
	filters(ctx: FormContext): FilterSpec[];
	/** Headings of the list's extra columns. */
	columns: string[];
	/**
	 * The record type in the full-text search, whose filters and ranking then serve the list.
	 * Without it, `list` serves the list from the repository.
	 */
	searchType?: SearchType;
	/** One page of the list (`limit` + 1 rows, so the caller knows whether more follow). */
	list?(db: Executor, query: ListQuery, limit: number, offset: number): Promise<ListRow[]>;
	/**
	 * The records a list page shows, in the order of `ids`, in a fixed number of queries
	 * however many there are (search results are read back through it). An id whose record is
	 * gone or in the trash is left out.
	 */
	findMany(db: Executor, ids: readonly string[]): Promise<L[]>;
	/** A record as a list row. */
	row(record: L): ListRow;
	/** Checks across fields that the field list cannot express, as errors by field. */
	validate?(form: ParsedForm): FieldErrors;
	/**
	 * The part of an edit of a published record that only withdraws information from the public
	 * (a person newly marked at risk, shown from now on under a pseudonym): it applies at once,
	 * like unpublishing, while the rest of the edit waits for review. Null when there is none.
	 */
	protectAtOnce?(form: ParsedForm, current: R): Partial<I> | null;
	/** What writing a record of this kind takes besides 'edit:records' (policy.ts mayWriteKind). */
	writePermission?: Permission;
	/** Whether publishing needs at least one cited source (true for claims; not for sources). */
	needsSource: boolean;
	/** Other things a record must have before it is published, as sentences. */
	publishProblems?(record: R): string[];
	/** Fields compared to warn of a likely duplicate before a new record is saved. */
	duplicates?: {
		datePrefix: string;
		/** The end of the record's period, when it has one ("ongoing" leaves it open). */
		endPrefix?: string;
		typeColumn?: string;
		/** The lookup field naming who was affected: records sharing one are likelier the same. */
		affectedField?: string;
	};
}

/** A kind as written: its names come from its slug, in the interface language of the moment. */
export type KindDefinition<R extends WorkspaceRecord, I, L extends WorkspaceRecord> = Omit<
	WorkspaceKind<R, I, L>,
	'label' | 'plural'
>;

export function defineKind<R extends WorkspaceRecord, I, L extends WorkspaceRecord>(
	definition: KindDefinition<R, I, L>
): WorkspaceKind {
	// Getters, not values: the language is chosen per request, after this module has loaded.
	return Object.defineProperties(definition, {
		label: { get: () => kindName(definition.slug), enumerable: true },
		plural: { get: () => kindsName(definition.slug), enumerable: true }
	}) as WorkspaceKind<R, I, L>;
}
