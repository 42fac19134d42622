import { parseDateInput, pointDate, type PreciseDate } from '../../src/lib/dates';
import type { CaseType } from '../../src/lib/server/db/schema';
import type { TimelineEvent } from '../../src/lib/timeline/types';

/*
 * Timeline events for a FICTIONAL country (XT, "Testland"). Invented for tests; none of it
 * describes a real place, person or event.
 */

const FICTIONAL = 'Fictional test data (country XT)';

function d(text: string, note = ''): PreciseDate {
	return parseDateInput(text, note);
}

export function sampleEvents(): TimelineEvent[] {
	return [
		{
			id: 'xt-pledge-assembly',
			kind: 'pledge',
			title: 'Reform the XT assembly law',
			start: d('2019-03'),
			end: null,
			ongoing: false,
			rating: 'broken',
			contradictedBy: ['xt-case-dispersal', 'xt-case-ban'],
			themes: ['assembly'],
			href: '/countries/XT/pledges/xt-pledge-assembly',
			citation: FICTIONAL
		},
		{
			id: 'xt-pledge-press',
			kind: 'pledge',
			title: 'Free the Testland press',
			start: d('by 2021-11'),
			end: null,
			ongoing: false,
			rating: 'not_yet_rated',
			contradictedBy: [],
			themes: ['media'],
			href: '/countries/XT/pledges/xt-pledge-press',
			citation: FICTIONAL
		},
		{
			id: 'xt-pledge-courts',
			kind: 'pledge',
			title: 'Independent courts for XT',
			start: pointDate('2020-06-15'),
			end: null,
			ongoing: false,
			rating: 'in_the_works',
			themes: ['fair-trial'],
			href: null,
			citation: FICTIONAL
		},
		{
			id: 'xt-case-ban',
			kind: 'case',
			title: 'Testland Green Party banned',
			start: d('2018'),
			end: null,
			ongoing: true,
			caseType: 'party_ban',
			themes: ['association'],
			href: '/countries/XT/cases/xt-case-ban',
			citation: FICTIONAL
		},
		{
			id: 'xt-case-prison',
			kind: 'case',
			title: 'Activist A. Testperson imprisoned',
			start: d('2016-02', 'from a five-year sentence ending February 2021'),
			end: d('2021-02'),
			ongoing: false,
			caseType: 'imprisonment',
			themes: ['fair-trial'],
			href: '/countries/XT/cases/xt-case-prison',
			citation: FICTIONAL
		},
		{
			id: 'xt-case-dispersal',
			kind: 'case',
			title: 'XT protests dispersed',
			start: d('by 2021-11'),
			end: null,
			ongoing: true,
			caseType: 'assembly_dispersal',
			themes: ['assembly'],
			href: '/countries/XT/cases/xt-case-dispersal',
			citation: FICTIONAL
		},
		{
			id: 'xt-case-blocking',
			kind: 'case',
			title: 'Testland news site blocked',
			start: d('2021-09..2021-11', 'weeks before a fictional visit'),
			end: null,
			ongoing: false,
			caseType: 'website_blocking',
			themes: ['media'],
			href: '/countries/XT/cases/xt-case-blocking',
			citation: FICTIONAL
		},
		{
			id: 'xt-eng-agreement',
			kind: 'engagement',
			title: 'EU–XT agreement in force',
			start: d('2020-03'),
			end: null,
			ongoing: false,
			engagementKind: 'agreement',
			href: '/countries/XT/engagements/xt-eng-agreement',
			citation: FICTIONAL
		},
		{
			id: 'xt-eng-visit',
			kind: 'engagement',
			title: 'XT president visits Brussels',
			start: pointDate('2021-11-25'),
			end: pointDate('2021-11-26'),
			ongoing: false,
			engagementKind: 'visit',
			href: '/countries/XT/engagements/xt-eng-visit',
			citation: FICTIONAL
		}
	];
}

const TYPES: CaseType[] = ['detention', 'prosecution', 'imprisonment', 'assembly_dispersal'];

/** `n` generated fictional events spread over 2000–2024, mostly cases. */
export function manyEvents(n: number): TimelineEvent[] {
	const events: TimelineEvent[] = [];
	for (let i = 0; i < n; i++) {
		const day = new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % 9131) * 864e5);
		const text = day.toISOString().slice(0, 10);
		const kind = i % 10 === 0 ? 'pledge' : i % 10 === 1 ? 'engagement' : 'case';
		events.push({
			id: `xt-gen-${i}`,
			kind,
			title: `Generated XT ${kind} ${i}`,
			start: pointDate(i % 3 === 0 ? text.slice(0, 7) : text),
			end: null,
			ongoing: false,
			rating: kind === 'pledge' ? 'stalled' : undefined,
			caseType: kind === 'case' ? TYPES[i % TYPES.length] : undefined,
			engagementKind: kind === 'engagement' ? 'statement' : undefined,
			href: null,
			citation: FICTIONAL
		});
	}
	return events;
}
