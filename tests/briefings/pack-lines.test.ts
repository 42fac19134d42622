import { describe, expect, it } from 'vitest';
import { personLine } from '../../src/lib/briefing/sections';
import type { PackPerson } from '../../src/lib/domain/briefing';
import { pointDate } from '../../src/lib/dates';

/* The lines a pack prints for people, in words a reader takes in at once. Pure: no database. */

const person = (over: Partial<PackPerson>): PackPerson => ({
	id: 'c:0',
	name: 'Max Bokaev',
	pseudonymised: false,
	situation: 'Max Bokaev imprisoned; travel ban after release',
	since: pointDate('2016-05'),
	ongoingAsOf: null,
	caseIds: ['c'],
	refs: [],
	...over
});

describe('a person in a briefing pack', () => {
	it('names the person once when the situation already names them', () => {
		expect(personLine(person({}))).toBe(
			'Max Bokaev imprisoned; travel ban after release, since May 2016'
		);
		expect(personLine(person({}), 'ru')).not.toMatch(/Max Bokaev.*Max Bokaev/);
	});

	it('puts the pseudonym mark after the name, wherever the situation gives it', () => {
		expect(
			personLine(
				person({ name: 'Activist A', pseudonymised: true, situation: 'Detention of Activist A' })
			)
		).toBe('Detention of Activist A (pseudonym), since May 2016');
	});

	it('prefixes the name when the situation does not give it', () => {
		expect(
			personLine(
				person({ name: 'Activist A', pseudonymised: true, situation: 'Journalist jailed' })
			)
		).toBe('Activist A (pseudonym): Journalist jailed, since May 2016');
	});
});
