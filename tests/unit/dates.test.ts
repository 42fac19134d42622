import { describe, expect, it } from 'vitest';
import {
	DateInputError,
	beforeDate,
	compareDates,
	formatDate,
	formatPeriod,
	fromColumns,
	parseDateInput,
	pointDate,
	rangeDate,
	toColumns
} from '../../src/lib/dates.js';

describe('dates with precision', () => {
	it('keeps the precision the text gives and the earliest and latest days', () => {
		expect(pointDate('2018')).toMatchObject({
			precision: 'year',
			earliest: '2018-01-01',
			latest: '2018-12-31'
		});
		expect(pointDate('2021-02')).toMatchObject({
			precision: 'month',
			earliest: '2021-02-01',
			latest: '2021-02-28'
		});
		expect(pointDate('2020-02')).toMatchObject({ latest: '2020-02-29' });
		expect(pointDate('2021-11-25')).toMatchObject({
			precision: 'day',
			earliest: '2021-11-25',
			latest: '2021-11-25'
		});
	});

	it('never pads a date to a made-up day when reading it out', () => {
		expect(formatDate(pointDate('2021-05'))).toBe('May 2021');
		expect(formatDate(pointDate('2018'))).toBe('2018');
		expect(formatDate(pointDate('2021-11-25'))).toBe('25 November 2021');
		expect(formatDate(beforeDate('2021-11'))).toBe('by November 2021');
		expect(formatDate(rangeDate('2021-09', '2021-11', 'weeks before late November 2021'))).toBe(
			'around September–November 2021'
		);
		expect(formatDate(null)).toBe('date not known');
	});

	it('reads periods as the source gives them', () => {
		expect(formatPeriod(pointDate('2018'), null, true)).toBe('2018 – ongoing');
		expect(formatPeriod(pointDate('2021-11-25'), pointDate('2021-11-26'), false)).toBe(
			'25–26 November 2021'
		);
		expect(formatPeriod(pointDate('2016-02'), pointDate('2021-02'), false)).toBe(
			'February 2016 – February 2021'
		);
		expect(formatPeriod(null, null, true)).toBe('ongoing (date not known)');
		expect(formatPeriod(null, pointDate('2021-02'), false)).toBe('until February 2021');
		// "Ongoing" is known only as far as the latest source, and says so.
		expect(formatPeriod(pointDate('2018'), null, true, pointDate('2021-11'))).toBe(
			'2018 – ongoing as of November 2021 (latest source)'
		);
		expect(formatPeriod(pointDate('2018'), pointDate('2019'), false, pointDate('2021-11'))).toBe(
			'2018 – 2019'
		);
	});

	it('parses what a person types, and explains what is wrong', () => {
		expect(parseDateInput(' 2021-05 ').precision).toBe('month');
		expect(parseDateInput('2021-09..2021-11').precision).toBe('range');
		expect(parseDateInput('by 2021-11')).toMatchObject({ precision: 'before', earliest: null });
		for (const bad of ['', 'May 2021', '2021-13', '2021-02-30', '21', '2021-11..2021-09']) {
			expect(() => parseDateInput(bad)).toThrow(DateInputError);
		}
		expect(() => parseDateInput('2021-13')).toThrow(/Write a year \(2018\), a month/);
	});

	it('round-trips through the five stored columns', () => {
		const date = rangeDate('2021-09', '2021-11', 'weeks before late November 2021');
		const columns = toColumns('start', date);
		expect(columns).toEqual({
			start_text: '2021-09..2021-11',
			start_precision: 'range',
			start_earliest: '2021-09-01',
			start_latest: '2021-11-30',
			start_note: 'weeks before late November 2021'
		});
		expect(fromColumns(columns, 'start')).toEqual(date);
		expect(fromColumns(toColumns('end', null), 'end')).toBeNull();
	});

	it('orders dates of different precision by the days they could be', () => {
		const year = pointDate('2021');
		const may = pointDate('2021-05');
		const day = pointDate('2021-05-12');
		const before = beforeDate('2021-11');
		const earlier = pointDate('2018');
		const sorted = [before, may, year, day, earlier].sort(compareDates);
		expect(sorted.map((d) => d.text)).toEqual(['2018', '2021', '2021-05', '2021-05-12', '2021-11']);
	});
});
