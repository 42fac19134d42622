import * as messages from '$lib/paraglide/messages';
import type { WorkspaceSlug } from './slugs';

/*
 * A record type's names in the interface language, by its list's URL segment: "case" inside
 * sentences, "Cases" as a heading, and "3 cases" with the language's plural forms (Russian
 * has three). Messages ws_kind_<slug>, ws_kinds_<slug> and ws_count_<slug>.
 */

type Message = (inputs?: object) => string;
const byKey = messages as unknown as Record<string, Message>;

/** "case": one record of the type, as it reads inside a sentence. */
export const kindName = (slug: WorkspaceSlug): string => byKey[`ws_kind_${slug}`]!();

/** "Cases": the list's heading and navigation entry. */
export const kindsName = (slug: WorkspaceSlug): string => byKey[`ws_kinds_${slug}`]!();

/** "1 case", "3 cases"; "3 случая", "5 случаев". */
export const kindCount = (slug: WorkspaceSlug, count: number): string =>
	byKey[`ws_count_${slug}`]!({ count });
