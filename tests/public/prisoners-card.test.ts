import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Prisoners from '../../src/lib/components/public/PrisonerList.svelte';
import { pointDate } from '../../src/lib/dates.js';
import type { PublicPrisoner } from '../../src/lib/domain/public-records.js';

/*
 * A political-prisoner card whose published case names no published person (its person may
 * still be a draft) must not read as if the person were unknown: it names the case and says
 * what the published record holds. Fictional data.
 */

const unnamed: PublicPrisoner = {
	caseId: 'case-1',
	title: 'Testland blogger imprisoned (fictional)',
	type: 'imprisonment',
	people: [],
	start: pointDate('2020'),
	end: null,
	ongoing: true,
	ongoingAsOf: null,
	current: true,
	release: null,
	outcome: '',
	restrictions: []
};

describe('political-prisoner card', () => {
	it('says the published record names no affected person, rather than "Name not recorded"', () => {
		const { body } = render(Prisoners, { props: { items: [unnamed], code: 'XT' } });
		const heading = body.slice(body.indexOf('<h3'), body.indexOf('</h3>'));
		expect(heading).not.toContain('Name not recorded');
		expect(heading).toContain('Testland blogger imprisoned (fictional)');
		expect(heading).toContain('The published record names no affected person.');
	});

	it('says how far an ongoing detention and its restrictions are known: as of the latest source', () => {
		const asOf = pointDate('2021-11');
		const held: PublicPrisoner = {
			...unnamed,
			ongoingAsOf: asOf,
			restrictions: [
				{
					id: 'case-2',
					title: 'Travel ban (fictional)',
					start: pointDate('2021-02'),
					end: null,
					ongoing: true,
					ongoingAsOf: asOf,
					note: ''
				}
			]
		};
		const { body } = render(Prisoners, { props: { items: [held], code: 'XT' } });
		const text = body.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
		expect(text).toContain('2020 – ongoing as of November 2021 (latest source)');
		expect(text).toContain('February 2021 – ongoing as of November 2021 (latest source)');
	});
});
