/*
 * The allow-listed columns of each published record type, named once so that every query
 * reading them (country pages, lists, feeds, the open-data API) selects the same fields.
 * Internal notes, authorship and workflow columns are never among them.
 */

/** The five columns of a date with precision, e.g. `cases.start_text` … `cases.start_note`. */
function datedColumns<const T extends string, const P extends string>(table: T, prefix: P) {
	return [
		`${table}.${prefix}_text`,
		`${table}.${prefix}_precision`,
		`${table}.${prefix}_earliest`,
		`${table}.${prefix}_latest`,
		`${table}.${prefix}_note`
	] as const;
}

/** What a reference to a case shows: title, type and when it ran. */
export const CASE_REF_COLUMNS = [
	'cases.id',
	'cases.title',
	'cases.case_type',
	'cases.ongoing',
	...datedColumns('cases', 'start'),
	...datedColumns('cases', 'end')
] as const;

export const CASE_COLUMNS = [
	'cases.id',
	'cases.title',
	'cases.case_type',
	'cases.description',
	...datedColumns('cases', 'start'),
	...datedColumns('cases', 'end'),
	'cases.ongoing',
	'cases.place',
	'cases.outcome',
	'cases.verification'
] as const;

export const ENGAGEMENT_COLUMNS = [
	'engagements.id',
	'engagements.title',
	'engagements.kind',
	'engagements.eu_actors',
	'engagements.counterparts',
	...datedColumns('engagements', 'start'),
	...datedColumns('engagements', 'end'),
	'engagements.human_rights_clause',
	'engagements.human_rights_raised',
	'engagements.description'
] as const;

export const PLEDGE_COLUMNS = [
	'pledges.id',
	'pledges.title',
	'pledges.promise',
	'pledges.description',
	'pledges.made_by_actor_id',
	'pledges.occasion',
	'pledges.engagement_id',
	...datedColumns('pledges', 'made'),
	'pledges.deadline'
] as const;

export const LAW_COLUMNS = [
	'laws.id',
	'laws.title',
	'laws.reference',
	'laws.law_status',
	...datedColumns('laws', 'dated'),
	'laws.description'
] as const;

export const ASK_COLUMNS = [
	'asks.id',
	'asks.title',
	'asks.recommendation',
	'asks.addressed_to',
	'asks.made_where',
	...datedColumns('asks', 'made'),
	'asks.ask_status'
] as const;
