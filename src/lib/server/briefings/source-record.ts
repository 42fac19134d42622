import { sql, type SqlBool } from 'kysely';
import type { DB } from '$lib/server/db/connect';
export { webAddress } from '$lib/server/public/cite';
import { assembleWithLawUses, getPublicCountryPage } from '$lib/server/public/country-page';
import { listPoliticalPrisoners } from '$lib/server/public/prisoners';
import { loadRowSets, publishedCases } from '$lib/server/public/record-rows';
import type {
	PublicAsk,
	PublicCase,
	PublicCountryPage,
	PublicEngagement,
	PublicLaw,
	PublicLawUse,
	PublicPledge,
	PublicPrisonerList,
	PublicSource
} from '$lib/domain/public-records';
import { DEFAULT_VIEW } from '$lib/timeline/url';

/*
 * The one door from briefing packs into the public read path. A pack reads the record exactly
 * as the country page does (published rows only, at-risk people by pseudonym), so its figures
 * agree with the page for the same window. Everything the builder needs from
 * src/lib/server/public/ is imported here and nowhere else, so a rewrite of that folder
 * changes this file only.
 */

export interface SourceWindow {
	/** First day, YYYY-MM-DD, or null for the start of the record. */
	from: string | null;
	/** Last day, YYYY-MM-DD, or null for the end of the record. */
	to: string | null;
	/** Theme slugs; empty means every theme. */
	themes: string[];
}

export interface SourceRecord {
	countryId: string;
	page: PublicCountryPage;
	pledges: PublicPledge[];
	/** The most recent `caseLimit` published cases in the window. */
	cases: PublicCase[];
	/** Every published case in the window, however many were listed. */
	casesInWindow: number;
	laws: PublicLaw[];
	lawUses: PublicLawUse[];
	engagements: PublicEngagement[];
	asks: PublicAsk[];
	prisoners: PublicPrisonerList;
	sources: PublicSource[];
}

/** Whether a dated record of `table` can overlap the window (undated records are kept). */
function overlapsWindow(table: 'cases' | 'pledges', prefix: 'start' | 'made', w: SourceWindow) {
	const earliest = sql.ref(`${table}.${prefix}_earliest`);
	const latestEnd =
		table === 'cases'
			? sql`case when ${sql.ref('cases.ongoing')} = 1 then null else coalesce(${sql.ref('cases.end_latest')}, ${sql.ref('cases.start_latest')}) end`
			: sql.ref(`${table}.${prefix}_latest`);
	return sql<SqlBool>`(${w.to === null ? sql`1 = 1` : sql`(${earliest} is null or ${earliest} <= ${w.to})`} and ${w.from === null ? sql`1 = 1` : sql`(${latestEnd} is null or ${latestEnd} >= ${w.from})`})`;
}

function hasTheme(type: 'case' | 'pledge', column: string, themes: string[]) {
	if (themes.length === 0) return sql<SqlBool>`1 = 1`;
	return sql<SqlBool>`exists (select 1 from record_themes rt join themes t on t.id = rt.theme_id where rt.record_type = ${type} and rt.record_id = ${sql.ref(column)} and t.slug in (${sql.join(themes)}))`;
}

/**
 * The published record of a country for a pack's window, or null when the country has no
 * published record. Pledges are those made by the window's end (a promise made earlier still
 * binds); cases those whose period overlaps the window, the most recent `caseLimit` listed.
 */
export async function readSourceRecord(
	db: DB,
	code: string,
	{ window, today, caseLimit }: { window: SourceWindow; today: string; caseLimit: number }
): Promise<SourceRecord | null> {
	const page = await getPublicCountryPage(db, code, {
		today,
		view: { ...DEFAULT_VIEW, from: window.from, to: window.to, themes: window.themes }
	});
	if (!page) return null;
	const found = await db
		.selectFrom('countries')
		.where('code', '=', page.country.code)
		.select('id')
		.executeTakeFirstOrThrow();
	const countryId = found.id;

	const inWindow = () =>
		publishedCases(db, countryId)
			.where(overlapsWindow('cases', 'start', window))
			.where(hasTheme('case', 'cases.id', window.themes));
	const [caseIdRows, caseCount, pledgeIdRows] = await Promise.all([
		inWindow()
			.select('cases.id')
			.orderBy(sql`case when ${sql.ref('cases.start_latest')} is null then 1 else 0 end`)
			.orderBy('cases.start_latest', 'desc')
			.orderBy('cases.title')
			.limit(caseLimit)
			.execute(),
		inWindow()
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.executeTakeFirst(),
		db
			.selectFrom('pledges')
			.where('pledges.country_id', '=', countryId)
			.where(
				window.to === null
					? sql<SqlBool>`1 = 1`
					: sql<SqlBool>`(pledges.made_earliest is null or pledges.made_earliest <= ${window.to})`
			)
			.where(hasTheme('pledge', 'pledges.id', window.themes))
			.select('pledges.id')
			.execute()
	]);

	const [rows, prisoners] = await Promise.all([
		loadRowSets(db, countryId, {
			pledges: { ids: pledgeIdRows.map((r) => r.id) },
			cases: { ids: caseIdRows.map((r) => r.id) }
		}),
		listPoliticalPrisoners(db, countryId, { today, limit: caseLimit })
	]);
	const [records, lawUses] = await assembleWithLawUses(db, countryId, rows, { today }, caseLimit);
	// Keep the case order of the window query (most recent first).
	const order = new Map(caseIdRows.map((r, i) => [r.id, i]));
	const ordered = [...records.cases].sort(
		(a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)
	);
	return {
		countryId,
		page,
		pledges: records.pledges,
		cases: ordered,
		casesInWindow: Number(caseCount?.count ?? 0),
		laws: records.laws,
		lawUses,
		engagements: records.engagements,
		asks: records.asks,
		prisoners,
		sources: records.sources
	};
}
