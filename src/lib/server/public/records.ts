import type { DB } from '$lib/server/db/connect';
import { isPublished } from './visibility';

/*
 * The published records of one country, one query per record type. Each query names its
 * columns: internal notes, authorship and workflow columns are never selected.
 */

export function loadPledgeRows(db: DB, countryId: string) {
	return db
		.selectFrom('pledges')
		.where(isPublished('pledges'))
		.where('pledges.country_id', '=', countryId)
		.select([
			'pledges.id',
			'pledges.title',
			'pledges.promise',
			'pledges.description',
			'pledges.made_by_actor_id',
			'pledges.occasion',
			'pledges.engagement_id',
			'pledges.made_text',
			'pledges.made_precision',
			'pledges.made_earliest',
			'pledges.made_latest',
			'pledges.made_note',
			'pledges.deadline'
		])
		.orderBy('pledges.made_latest')
		.orderBy('pledges.title')
		.execute();
}

export function loadCaseRows(db: DB, countryId: string) {
	return db
		.selectFrom('cases')
		.where(isPublished('cases'))
		.where('cases.country_id', '=', countryId)
		.select([
			'cases.id',
			'cases.title',
			'cases.case_type',
			'cases.description',
			'cases.start_text',
			'cases.start_precision',
			'cases.start_earliest',
			'cases.start_latest',
			'cases.start_note',
			'cases.end_text',
			'cases.end_precision',
			'cases.end_earliest',
			'cases.end_latest',
			'cases.end_note',
			'cases.ongoing',
			'cases.place',
			'cases.outcome',
			'cases.verification'
		])
		.orderBy('cases.title')
		.execute();
}

export function loadLawRows(db: DB, countryId: string) {
	return db
		.selectFrom('laws')
		.where(isPublished('laws'))
		.where('laws.country_id', '=', countryId)
		.select([
			'laws.id',
			'laws.title',
			'laws.reference',
			'laws.law_status',
			'laws.dated_text',
			'laws.dated_precision',
			'laws.dated_earliest',
			'laws.dated_latest',
			'laws.dated_note',
			'laws.description'
		])
		.orderBy('laws.title')
		.execute();
}

export function loadEngagementRows(db: DB, countryId: string) {
	return db
		.selectFrom('engagements')
		.where(isPublished('engagements'))
		.where('engagements.country_id', '=', countryId)
		.select([
			'engagements.id',
			'engagements.title',
			'engagements.kind',
			'engagements.eu_actors',
			'engagements.counterparts',
			'engagements.start_text',
			'engagements.start_precision',
			'engagements.start_earliest',
			'engagements.start_latest',
			'engagements.start_note',
			'engagements.end_text',
			'engagements.end_precision',
			'engagements.end_earliest',
			'engagements.end_latest',
			'engagements.end_note',
			'engagements.human_rights_clause',
			'engagements.human_rights_raised',
			'engagements.description'
		])
		.orderBy('engagements.title')
		.execute();
}

export function loadAskRows(db: DB, countryId: string) {
	return (
		db
			.selectFrom('asks')
			.where(isPublished('asks'))
			.where('asks.country_id', '=', countryId)
			.select([
				'asks.id',
				'asks.title',
				'asks.recommendation',
				'asks.addressed_to',
				'asks.made_where',
				'asks.made_text',
				'asks.made_precision',
				'asks.made_earliest',
				'asks.made_latest',
				'asks.made_note',
				'asks.ask_status'
			])
			// Asks keep the order they were made and entered in, as a source lists them.
			.orderBy('asks.made_latest')
			.orderBy('asks.created_at')
			.orderBy('asks.title')
			.execute()
	);
}
