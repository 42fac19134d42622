import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import {
	anchorDay,
	couldReach,
	couldReachSql,
	drawnOverlaps,
	drawnOverlapsSql,
	drawnSpan,
	drawnSpanSql,
	reachSpan,
	reachSpanSql
} from '../../src/lib/date-spans';
import {
	beforeDate,
	parseDateInput,
	pointDate,
	toColumns,
	type PreciseDate
} from '../../src/lib/dates';
import { describeEachDatabase } from '../helpers/databases';

/*
 * The date-span rules exist once, in JavaScript and in SQL side by side: the same spans, read
 * both ways on each database, must give the same answers.
 */

interface Sample {
	id: string;
	start: PreciseDate | null;
	end: PreciseDate | null;
	ongoing: boolean;
}

const SAMPLES: Sample[] = [
	{ id: 'day', start: pointDate('2021-11-25'), end: null, ongoing: false },
	{ id: 'month', start: pointDate('2021-02'), end: null, ongoing: false },
	{ id: 'year', start: pointDate('2018'), end: null, ongoing: false },
	{
		id: 'range',
		start: parseDateInput('2021-09..2021-11', 'weeks before'),
		end: null,
		ongoing: false
	},
	{ id: 'before', start: beforeDate('2021-11'), end: null, ongoing: false },
	{ id: 'undated', start: null, end: null, ongoing: false },
	{ id: 'ongoing', start: pointDate('2018'), end: null, ongoing: true },
	{ id: 'ongoing-before', start: beforeDate('2016-03'), end: null, ongoing: true },
	{ id: 'month-to-year', start: pointDate('2019-05'), end: pointDate('2021'), ongoing: false },
	{ id: 'before-to-day', start: beforeDate('2017'), end: pointDate('2020-01-15'), ongoing: false },
	{ id: 'end-only', start: null, end: pointDate('2020-06'), ongoing: false }
];

const WINDOWS: { from?: string; to?: string }[] = [
	{ from: '2021-01-01', to: '2021-12-31' },
	{ from: '2021-11-01', to: '2021-11-30' },
	{ from: '2018-06-01', to: '2018-06-30' },
	{ from: '2022-01-01', to: '2022-12-31' },
	{ from: '2000-01-01', to: '2000-12-31' },
	{ from: '2020-01-15', to: '2020-01-15' },
	{ from: '2021-03-01' },
	{ to: '2017-12-31' },
	{}
];

const SOURCE = { table: 'spans', start: 'start', end: 'end', ongoing: 'ongoing' };

describeEachDatabase('date spans in JavaScript and SQL', ({ db }) => {
	beforeAll(async () => {
		await sql`create table spans (id text primary key, ongoing integer not null,
			start_text text, start_precision text, start_earliest text, start_latest text, start_note text,
			end_text text, end_precision text, end_earliest text, end_latest text, end_note text)`.execute(
			db()
		);
		for (const s of SAMPLES) {
			const c = { ...toColumns('start', s.start), ...toColumns('end', s.end) };
			await sql`insert into spans values (${s.id}, ${s.ongoing ? 1 : 0},
				${c.start_text}, ${c.start_precision}, ${c.start_earliest}, ${c.start_latest}, ${c.start_note},
				${c.end_text}, ${c.end_precision}, ${c.end_earliest}, ${c.end_latest}, ${c.end_note})`.execute(
				db()
			);
		}
	});

	it('places each span on the same days', async () => {
		const span = drawnSpanSql(SOURCE);
		const { rows } = await sql<{
			id: string;
			first: string | null;
			first_last: string | null;
			last: string | null;
			anchor: string | null;
		}>`select id, ${span.first} as first, ${span.firstLast} as first_last, ${span.last} as last, ${span.anchor} as anchor from spans order by id`.execute(
			db()
		);
		const expected = [...SAMPLES]
			.sort((a, b) => (a.id < b.id ? -1 : 1))
			.map((s) => {
				const js = drawnSpan(s.start, s.end, s.ongoing);
				return {
					id: s.id,
					first: js?.first ?? null,
					first_last: js?.firstLast ?? null,
					last: js?.last ?? null,
					anchor: anchorDay(s.start, s.end)
				};
			});
		expect(rows).toEqual(expected);
		// The cases named: a month and a year are drawn across themselves, an open start from its
		// latest day, an ongoing span without end, an undated record nowhere.
		const byId = new Map(expected.map((r) => [r.id, r]));
		expect(byId.get('month')).toMatchObject({ first: '2021-02-01', last: '2021-02-28' });
		expect(byId.get('year')).toMatchObject({ first: '2018-01-01', last: '2018-12-31' });
		expect(byId.get('before')).toMatchObject({ first: '2021-11-30', last: '2021-11-30' });
		expect(byId.get('ongoing')).toMatchObject({ first: '2018-01-01', last: null });
		expect(byId.get('undated')).toMatchObject({ first: null, anchor: null });
	});

	it('finds the same spans drawn within each window', async () => {
		for (const w of WINDOWS.filter((x) => x.from && x.to)) {
			const from = w.from as string;
			const to = w.to as string;
			const { rows } = await sql<{
				id: string;
			}>`select id from spans where ${drawnOverlapsSql(SOURCE, from, to)} order by id`.execute(
				db()
			);
			const expected = SAMPLES.filter((s) => {
				const span = drawnSpan(s.start, s.end, s.ongoing);
				return span !== null && drawnOverlaps(span, from, to);
			})
				.map((s) => s.id)
				.sort();
			expect(
				rows.map((r) => r.id),
				`${from}..${to}`
			).toEqual(expected);
		}
	});

	it('finds the same records that could reach each filter window', async () => {
		for (const kind of ['case', 'period'] as const) {
			const reach = reachSpanSql(kind, 'spans');
			for (const w of WINDOWS) {
				const where = couldReachSql(reach, w);
				const { rows } = await sql<{ id: string }>`select id from spans where ${
					where.length === 0 ? sql`1 = 1` : sql.join(where, sql` and `)
				} order by id`.execute(db());
				const expected = SAMPLES.filter((s) =>
					couldReach(reachSpan(kind, s.start, s.end, s.ongoing), w)
				)
					.map((s) => s.id)
					.sort();
				expect(
					rows.map((r) => r.id),
					`${kind} ${JSON.stringify(w)}`
				).toEqual(expected);
			}
		}
	});
});
