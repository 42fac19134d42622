import { writeDemoTranslations } from './demo-translations.js';
import { toColumns } from '../../dates.js';
import type { DB } from '../db/connect.js';
import type { RecordType } from '../db/schema.js';
import {
	ASK_ADDRESSEES,
	ASK_MADE,
	ASK_MADE_WHERE,
	DEMO_ACTORS,
	DEMO_ASKS,
	DEMO_CASES,
	DEMO_COUNTRY,
	DEMO_ENGAGEMENTS,
	DEMO_LAWS,
	DEMO_LINKS,
	DEMO_PLEDGES,
	DEMO_SOURCE
} from './demo-kazakhstan.js';
import { seedThemes, themeIdsBySlug, type ThemeSlug } from './base-themes.js';
import { publishedColumns, upsertById, writeCreateRevisions, type SeededType } from './upsert.js';
import { currentTime } from '../clock.js';

/*
 * Loads the demo record (Kazakhstan, late 2021; data in demo-kazakhstan.ts). Every demo
 * record is published and cited to the one source. Reloading overwrites the demo's own
 * records by their fixed ids, and replaces only the join rows, links and citations whose
 * both ends are demo records, so a researcher's own data is never touched.
 */

/** The ids of every demo record, by type: what loadDemo owns and may overwrite. */
export const DEMO_IDS = {
	source: [DEMO_SOURCE.id],
	country: [DEMO_COUNTRY.id],
	actor: DEMO_ACTORS.map((a) => a.id),
	law: DEMO_LAWS.map((l) => l.id),
	engagement: DEMO_ENGAGEMENTS.map((e) => e.id),
	pledge: DEMO_PLEDGES.map((p) => p.id),
	assessment: DEMO_PLEDGES.map((p) => p.assessment.id),
	case: DEMO_CASES.map((c) => c.id),
	ask: DEMO_ASKS.map((a) => a.id)
} satisfies Partial<Record<SeededType, string[]>>;

/** The record types that carry a citation to the source: all of the demo but the source. */
export const CITED_TYPES = [
	'country',
	'actor',
	'law',
	'engagement',
	'pledge',
	'assessment',
	'case',
	'ask'
] as const satisfies readonly (keyof typeof DEMO_IDS & RecordType)[];

export function citationId(type: RecordType, recordId: string): string {
	return `cite-${type}-${recordId}`;
}

/**
 * Loads the demo at start-up when the database holds no country yet, so a fresh install
 * shows a real record and its issued briefing pack. Also adds any missing base theme. Returns
 * whether it loaded.
 */
export async function seedDemoIfEmpty(db: DB): Promise<boolean> {
	await seedThemes(db);
	const { n } = await db
		.selectFrom('countries')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	if (Number(n) > 0) return false;
	await loadDemo(db);
	// Loaded here, not at the top: the pack code reaches $lib, which `npm run seed` (tsx) cannot.
	const { seedDemoPack } = await import('./demo-pack.js');
	await seedDemoPack(db);
	return true;
}

/** (Re)loads the demo in one transaction: afterwards it is exactly as shipped. */
export async function loadDemo(db: DB): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await seedThemes(trx);
		const at = currentTime().toISOString();
		await writeRecords(trx, at);
		await writeRelations(trx, at);
		await writeCitations(trx, at);
		await writeDemoTranslations(trx, at);
		for (const type of Object.keys(DEMO_IDS) as (keyof typeof DEMO_IDS)[]) {
			await writeCreateRevisions(trx, type, DEMO_IDS[type], at);
		}
	});
}

async function writeRecords(db: DB, at: string): Promise<void> {
	const record = publishedColumns(at);
	const countryId = DEMO_COUNTRY.id;

	await upsertById(db, 'sources', [
		{
			id: DEMO_SOURCE.id,
			title: DEMO_SOURCE.title,
			authors: DEMO_SOURCE.authors,
			publisher: DEMO_SOURCE.publisher,
			kind: DEMO_SOURCE.kind,
			...toColumns('published', DEMO_SOURCE.published),
			captured_on: DEMO_SOURCE.capturedOn,
			url: DEMO_SOURCE.url,
			archive_url: null,
			// Grading sources is an editor's judgement, which the demo does not make for them.
			reliability: 'unknown',
			description: DEMO_SOURCE.description,
			...record
		}
	]);
	await upsertById(db, 'countries', [{ ...DEMO_COUNTRY, is_fictional: 0, ...record }]);
	await upsertById(
		db,
		'actors',
		DEMO_ACTORS.map((a) => ({
			id: a.id,
			country_id: a.national ? countryId : null,
			kind: a.kind,
			name: a.name,
			aliases: JSON.stringify(a.aliases ?? []),
			description: a.description,
			at_risk: a.pseudonym ? 1 : 0,
			public_pseudonym: a.pseudonym ?? null,
			...record
		}))
	);
	await upsertById(
		db,
		'laws',
		DEMO_LAWS.map((l) => ({
			id: l.id,
			country_id: countryId,
			title: l.title,
			reference: '',
			law_status: l.status,
			...toColumns('dated', l.dated),
			description: l.description,
			...record
		}))
	);
	await upsertById(
		db,
		'engagements',
		DEMO_ENGAGEMENTS.map((e) => ({
			id: e.id,
			country_id: countryId,
			title: e.title,
			kind: e.kind,
			eu_actors: e.euActorsText,
			counterparts: e.counterpartsText,
			...toColumns('start', e.start),
			...toColumns('end', e.end),
			human_rights_clause: e.humanRightsClause,
			human_rights_raised: e.humanRightsRaised,
			description: e.description,
			...record
		}))
	);
	await upsertById(
		db,
		'pledges',
		DEMO_PLEDGES.map((p) => ({
			id: p.id,
			country_id: countryId,
			title: p.title,
			promise: p.promise,
			made_by_actor_id: p.madeBy,
			occasion: p.occasion,
			engagement_id: null,
			...toColumns('made', p.made),
			deadline: null,
			description: '',
			...record
		}))
	);
	await upsertById(
		db,
		'pledge_assessments',
		DEMO_PLEDGES.map((p) => ({
			id: p.assessment.id,
			pledge_id: p.id,
			rating: p.assessment.rating,
			assessed_on: p.assessment.assessedOn,
			rationale: p.assessment.rationale,
			...record
		}))
	);
	await upsertById(
		db,
		'cases',
		DEMO_CASES.map((c) => ({
			id: c.id,
			country_id: countryId,
			title: c.title,
			case_type: c.type,
			description: c.description,
			...toColumns('start', c.start),
			...toColumns('end', c.end),
			ongoing: c.ongoing ? 1 : 0,
			place: '',
			outcome: c.outcome,
			verification: 'reported' as const,
			...record
		}))
	);
	await upsertById(
		db,
		'asks',
		DEMO_ASKS.map((a) => ({
			id: a.id,
			country_id: countryId,
			title: a.title,
			recommendation: a.recommendation,
			addressed_to: ASK_ADDRESSEES,
			made_where: ASK_MADE_WHERE,
			...toColumns('made', ASK_MADE),
			ask_status: a.status,
			...record
		}))
	);
}

/** Join rows between demo records: replaced wholesale, but only where both ends are the demo's. */
async function writeRelations(db: DB, at: string): Promise<void> {
	const { actor: actors, case: cases, engagement: engagements, law: laws } = DEMO_IDS;

	await db
		.deleteFrom('case_actors')
		.where('case_id', 'in', cases)
		.where('actor_id', 'in', actors)
		.execute();
	const caseActors = DEMO_CASES.flatMap((c) => [
		...c.affected.map((a) => ({
			case_id: c.id,
			actor_id: a.actor,
			role: 'affected' as const,
			note: a.note ?? ''
		})),
		...c.responsible.map((a) => ({
			case_id: c.id,
			actor_id: a.actor,
			role: 'responsible' as const,
			note: a.note ?? ''
		}))
	]);
	await db.insertInto('case_actors').values(caseActors).execute();

	await db
		.deleteFrom('case_laws')
		.where('case_id', 'in', cases)
		.where('law_id', 'in', laws)
		.execute();
	const caseLaws = DEMO_CASES.flatMap((c) =>
		c.laws.map((l) => ({ case_id: c.id, law_id: l.law, note: l.note }))
	);
	await db.insertInto('case_laws').values(caseLaws).execute();

	await db
		.deleteFrom('engagement_actors')
		.where('engagement_id', 'in', engagements)
		.where('actor_id', 'in', actors)
		.execute();
	const engagementActors = DEMO_ENGAGEMENTS.flatMap((e) => [
		...e.eu.map((actor) => ({ engagement_id: e.id, actor_id: actor, side: 'eu' as const })),
		...e.counterparts.map((actor) => ({
			engagement_id: e.id,
			actor_id: actor,
			side: 'counterpart' as const
		}))
	]);
	await db.insertInto('engagement_actors').values(engagementActors).execute();

	await writeThemes(db);

	// Every link between two demo records goes, not only those shipped now: a kind the demo
	// no longer ships (its asks were once "raised at" the visit, now "made for" it) must not
	// outlive a reload.
	const demoIds = Object.values(DEMO_IDS).flat();
	await db
		.deleteFrom('links')
		.where('from_id', 'in', demoIds)
		.where('to_id', 'in', demoIds)
		.execute();
	await db
		.insertInto('links')
		.values(
			DEMO_LINKS.map((link) => ({
				id: `link-${link.kind}-${link.from.id}-${link.to.id}`,
				kind: link.kind,
				from_type: link.from.type,
				from_id: link.from.id,
				to_type: link.to.type,
				to_id: link.to.id,
				note: link.note,
				created_at: at,
				created_by: null,
				// The demo is a shipped, reviewed record: its links are public as it is.
				published_at: at,
				published_by: null
			}))
		)
		.execute();
}

/** Themes of demo pledges, cases, asks and laws, resolved by slug to whatever id each has. */
async function writeThemes(db: DB): Promise<void> {
	const themeIds = await themeIdsBySlug(db);
	const themed: { type: 'pledge' | 'case' | 'ask' | 'law'; id: string; themes: ThemeSlug[] }[] = [
		...DEMO_PLEDGES.map((p) => ({ type: 'pledge' as const, id: p.id, themes: p.themes })),
		...DEMO_CASES.map((c) => ({ type: 'case' as const, id: c.id, themes: c.themes })),
		...DEMO_ASKS.map((a) => ({ type: 'ask' as const, id: a.id, themes: a.themes })),
		...DEMO_LAWS.map((l) => ({ type: 'law' as const, id: l.id, themes: l.themes }))
	];
	const rows = themed.flatMap((r) =>
		r.themes.map((slug) => {
			const themeId = themeIds.get(slug);
			if (!themeId) throw new Error(`The base theme "${slug}" is missing.`);
			return { record_type: r.type, record_id: r.id, theme_id: themeId };
		})
	);
	// Themes are vocabulary, not demo records: add the demo's, leave any others in place.
	await db
		.insertInto('record_themes')
		.values(rows)
		.onConflict((oc) => oc.doNothing())
		.execute();
}

/** One citation of the source on every demo record. */
async function writeCitations(db: DB, at: string): Promise<void> {
	const notes = new Map(
		DEMO_ENGAGEMENTS.filter((e) => e.citationNote).map((e) => [e.id, e.citationNote ?? ''])
	);
	await upsertById(
		db,
		'citations',
		CITED_TYPES.flatMap((type) =>
			DEMO_IDS[type].map((recordId) => ({
				id: citationId(type, recordId),
				source_id: DEMO_SOURCE.id,
				record_type: type,
				record_id: recordId,
				locator: '',
				note: notes.get(recordId) ?? '',
				created_at: at,
				created_by: null,
				published_at: at,
				published_by: null
			}))
		)
	);
}
