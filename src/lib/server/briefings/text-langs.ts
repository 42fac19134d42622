import {
	DEFAULT_CONTENT_LANG,
	fieldLang,
	type ContentLang,
	type FieldLangs
} from '$lib/domain/translations';

/*
 * The language each piece of record text in a pack prints in (BriefingContent.textLangs), from
 * the languages the localiser (src/lib/server/translations/localize.ts) found for the records
 * the pack read, re-keyed by the pack's own items and fields: a pledge's rationale comes from
 * its assessment, an EU item's note is the engagement's description, a person's situation is
 * the titles of their case and restrictions. Every piece is listed, English ones too, so the
 * frozen content says on its own what language each text is in.
 */

export interface PackTextPieces {
	pledges: readonly { id: string }[];
	/** Each published pledge's id and the id of the assessment its rationale comes from. */
	rationales: readonly (readonly [pledgeId: string, assessmentId: string | undefined])[];
	laws: readonly { id: string }[];
	eu: readonly { id: string }[];
	unpublished: readonly { id: string }[];
	/** Cases printed on a line of their own (contradicting a pledge, under a law, new). */
	cases: readonly { id: string }[];
	/** People: the pack's id, the actor their name is found by (none when at risk), their cases. */
	people: readonly { id: string; actorId: string | null; caseIds: readonly string[] }[];
}

export function packTextLangs(found: readonly FieldLangs[], pieces: PackTextPieces): FieldLangs {
	const shown = (id: string | null | undefined, field: string): ContentLang =>
		id
			? (found.map((langs) => langs[id]?.[field]).find((l) => l !== undefined) ??
				fieldLang(undefined, id, field))
			: DEFAULT_CONTENT_LANG;
	const out: FieldLangs = {};
	const set = (id: string, field: string, lang: ContentLang) => {
		out[id] = { ...out[id], [field]: lang };
	};
	for (const { id } of [...pieces.pledges, ...pieces.laws, ...pieces.cases, ...pieces.eu])
		set(id, 'title', shown(id, 'title'));
	const assessments = new Map(pieces.rationales);
	for (const { id } of pieces.pledges)
		set(id, 'rationale', shown(assessments.get(id), 'rationale'));
	for (const { id } of pieces.eu) set(id, 'note', shown(id, 'description'));
	for (const { id } of pieces.unpublished) {
		set(id, 'title', shown(id, 'title'));
		set(id, 'description', shown(id, 'description'));
	}
	for (const person of pieces.people) {
		set(person.id, 'name', shown(person.actorId, 'name'));
		// The situation is its case titles joined, the case's own first: marked in that one's.
		set(person.id, 'situation', shown(person.caseIds[0], 'title'));
	}
	return out;
}
