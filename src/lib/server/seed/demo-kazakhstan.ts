import { beforeDate, pointDate, rangeDate, type PreciseDate } from '../../dates.js';
import type {
	ActorKind,
	AskStatus,
	CaseType,
	EngagementKind,
	LawStatus,
	LinkKind,
	Rating,
	SourceKind,
	YesNoUnknown
} from '../db/schema.js';
import type { ThemeSlug } from './base-themes.js';

/*
 * The demo record: Kazakhstan in late 2021, built only from /work/shared/source-facts.md
 * (one opinion piece by two Human Rights Watch staff in EUobserver). Nothing here may go
 * beyond that source: no names, dates, places or outcomes it does not give. Every record
 * below is cited to it by the loader (demo.ts).
 *
 * Ids are fixed so that reloading the demo overwrites these records and nothing else.
 */

/** The month the source was written in; what it reports without a date happened by then. */
const SOURCE_MONTH = '2021-11';

function undated(note: string): PreciseDate {
	return beforeDate(SOURCE_MONTH, note);
}

const NOT_DATED = 'The source gives no date; it was reported before the source was written.';

export const DEMO_SOURCE = {
	id: 'kz-source-hrw-euobserver-2021',
	title: 'Is EU serious about human rights in Kazakhstan?',
	authors: 'Philippe Dam, Mihra Rittmann (Human Rights Watch)',
	publisher: 'EUobserver',
	kind: 'opinion' as SourceKind,
	published: undated(
		"Written ahead of President Tokayev's visit to Brussels on 25-26 November 2021; the exact publication day is not known."
	),
	capturedOn: '2021-12-04',
	url: null,
	description:
		"An opinion piece giving its authors' view, not EUobserver's. Philippe Dam is EU advocacy director and Mihra Rittmann senior Europe and Central Asia researcher at Human Rights Watch. No web address is known for it; the copy held was captured on 4 December 2021."
};

export const DEMO_COUNTRY = {
	id: 'kz-country',
	code: 'KZ',
	name: 'Kazakhstan',
	region: 'Central Asia',
	summary:
		'The strongest economy in Central Asia and keen on international partnerships. The cited source judges the state deeply authoritarian and undemocratic: basic rights are violated as a matter of routine, and credible international observers have never found one of its elections free and fair.'
};

export interface DemoActor {
	id: string;
	kind: ActorKind;
	name: string;
	aliases?: string[];
	description: string;
	/** False for EU actors, which belong to no country. */
	national: boolean;
	/** Set for a person the public must only see under a pseudonym. */
	pseudonym?: string;
}

export const DEMO_ACTORS: DemoActor[] = [
	{
		id: 'kz-actor-tokayev',
		kind: 'person',
		name: 'Kassym-Jomart Tokayev',
		description: 'President of Kazakhstan and head of state.',
		national: true
	},
	{
		id: 'kz-actor-nazarbayev',
		kind: 'person',
		name: 'Nursultan Nazarbayev',
		description: 'Former President of Kazakhstan.',
		national: true
	},
	{
		id: 'kz-actor-government',
		kind: 'state_body',
		name: 'Government of Kazakhstan',
		description: 'The state authorities of Kazakhstan.',
		national: true
	},
	{
		id: 'kz-actor-dck',
		kind: 'party',
		name: 'Democratic Choice of Kazakhstan',
		description: 'A political group banned as "extremist" since 2018.',
		national: true
	},
	{
		id: 'kz-actor-koshe',
		kind: 'party',
		name: 'Koshe (Street) Party',
		aliases: ['Koshe Party', 'Street Party'],
		description: 'A political party banned as "extremist" in 2020.',
		national: true
	},
	{
		id: 'kz-actor-hola-news',
		kind: 'media',
		name: 'HOLA News',
		description: 'A news outlet whose website was blocked for several days in autumn 2021.',
		national: true
	},
	{
		id: 'kz-actor-bokaev',
		kind: 'person',
		name: 'Max Bokaev',
		description: 'Civil society activist.',
		national: true
	},
	{
		// The source does not name this person, and the record must not either.
		id: 'kz-actor-instagram-user',
		kind: 'person',
		name: 'Instagram user (not named)',
		description:
			'The holder of an openly satirical Instagram account. The source does not name them; neither does this record.',
		national: true,
		pseudonym: 'An Instagram user'
	},
	{
		id: 'kz-actor-independent-unions',
		kind: 'trade_union',
		name: 'Independent trade unions',
		description:
			'Trade unions independent of the state, and the workers who organise in them; the source names none.',
		national: true
	},
	{
		id: 'kz-actor-protesters',
		kind: 'group',
		name: 'Protesters',
		description: 'People taking part in protests; the source names none.',
		national: true
	},
	{
		id: 'kz-actor-accused-affiliates',
		kind: 'group',
		name: 'People accused of affiliation with the banned groups',
		description:
			'Many people charged for alleged ties to Democratic Choice of Kazakhstan or the Koshe (Street) Party; the source names none.',
		national: true
	},
	{
		id: 'kz-actor-european-parliament',
		kind: 'international_body',
		name: 'European Parliament',
		description: 'Has voiced concern about human rights in Kazakhstan regularly.',
		national: false
	},
	{
		id: 'kz-actor-european-commission',
		kind: 'international_body',
		name: 'European Commission',
		description: 'Led by its President, Ursula von der Leyen.',
		national: false
	},
	{
		id: 'kz-actor-european-council',
		kind: 'international_body',
		name: 'European Council',
		description: 'Led by its President, Charles Michel.',
		national: false
	},
	{
		id: 'kz-actor-eu',
		kind: 'international_body',
		name: 'European Union',
		aliases: ['EU'],
		description:
			'Party to the Enhanced Partnership and Cooperation Agreement with Kazakhstan, in force since March 2020.',
		national: false
	},
	{
		id: 'kz-actor-von-der-leyen',
		kind: 'person',
		name: 'Ursula von der Leyen',
		description: 'President of the European Commission.',
		national: false
	},
	{
		id: 'kz-actor-michel',
		kind: 'person',
		name: 'Charles Michel',
		description: 'President of the European Council.',
		national: false
	}
];

export interface DemoLaw {
	id: string;
	title: string;
	status: LawStatus;
	dated: PreciseDate | null;
	description: string;
	themes: ThemeSlug[];
}

export const DEMO_LAWS: DemoLaw[] = [
	{
		id: 'kz-law-extremism',
		title: '"Extremism" provisions',
		status: 'in_force',
		dated: undated('The source does not date these provisions; they were in use by then.'),
		description:
			'Broadly worded criminal provisions on "extremism", used to ban political groups and to charge people accused of ties to them. The source does not cite article numbers.',
		themes: ['expression', 'association', 'liberty-fair-trial']
	},
	{
		id: 'kz-law-social-media-draft',
		title: 'Draft law on social media platforms',
		status: 'draft',
		dated: pointDate('2021', 'Still pending in late 2021.'),
		description:
			'Would require social media platforms to register a local presence and to carry out government take-down orders. It is presented as protecting children; the source warns it could serve to control or silence critics.',
		themes: ['digital-rights', 'expression', 'media']
	}
];

export interface DemoAssessment {
	id: string;
	rating: Rating;
	/** YYYY-MM-DD */
	assessedOn: string;
	rationale: string;
}

export interface DemoPledge {
	id: string;
	title: string;
	promise: string;
	madeBy: string;
	occasion: string;
	made: PreciseDate;
	themes: ThemeSlug[];
	assessment: DemoAssessment;
}

/** The assessments rest on the copy of the source captured on this day. */
const ASSESSED_ON = '2021-12-04';

export const DEMO_PLEDGES: DemoPledge[] = [
	{
		id: 'kz-pledge-reform',
		title: 'Human-rights and political reform',
		promise:
			'President Tokayev has promised human-rights and political reform, again and again, in high-level meetings with Western diplomats.',
		madeBy: 'kz-actor-tokayev',
		occasion: 'High-level meetings with Western diplomats',
		made: undated(
			'The source does not date these pledges; they were repeated before it was written.'
		),
		themes: ['political-participation', 'expression', 'association'],
		assessment: {
			id: 'kz-assessment-reform',
			rating: 'stalled',
			assessedOn: ASSESSED_ON,
			rationale:
				'Judged on outcomes, the rhetoric has little to show for it: the source still finds the country authoritarian, with basic rights violated as a matter of routine. Two political groups remain banned as "extremist", people accused of ties to them are prosecuted, and a satirical Instagram account, a news site, an activist and independent unions face investigation, blocking, restrictions and refusals (see the contradicting cases). Stalled rather than Broken because the pledges set no specific measure or deadline that can be shown to have failed; the source reports no movement towards them.'
		}
	},
	{
		id: 'kz-pledge-assembly-law',
		title: 'A reformed law on peaceful assembly',
		promise: 'The government promised a reformed law on peaceful assembly.',
		madeBy: 'kz-actor-government',
		occasion: '',
		made: undated('The source does not date this pledge.'),
		themes: ['assembly'],
		assessment: {
			id: 'kz-assessment-assembly-law',
			rating: 'broken',
			assessedOn: ASSESSED_ON,
			rationale:
				'The source speaks of the reformed assembly law as adopted, yet reports that protests are still routinely dispersed and their participants fined or detained. Judged on outcomes rather than on the text passed, the freedom the reform was to secure has not materialised, so the pledge is Broken. Not Compromise: the source reports no improvement in practice at all.'
		}
	},
	{
		id: 'kz-pledge-womens-rights',
		title: "Protecting women's rights",
		promise:
			"President Tokayev has spoken publicly of how important it is to protect women's rights.",
		madeBy: 'kz-actor-tokayev',
		occasion: 'Public statements',
		made: undated('The source does not date these statements.'),
		themes: ['womens-rights'],
		assessment: {
			id: 'kz-assessment-womens-rights',
			rating: 'stalled',
			assessedOn: ASSESSED_ON,
			rationale:
				'Assessed against what is missing, not against a dated event: according to the source there is no commitment to make domestic violence a crime, the step that would give the words effect. With no such commitment reported, the pledge is Stalled.'
		}
	}
];

export interface DemoCaseActor {
	actor: string;
	note?: string;
}

export interface DemoCase {
	id: string;
	title: string;
	type: CaseType;
	description: string;
	start: PreciseDate | null;
	end: PreciseDate | null;
	ongoing: boolean;
	outcome: string;
	themes: ThemeSlug[];
	affected: DemoCaseActor[];
	responsible: DemoCaseActor[];
	laws: { law: string; note: string }[];
}

const STATE: DemoCaseActor = { actor: 'kz-actor-government' };

export const DEMO_CASES: DemoCase[] = [
	{
		id: 'kz-case-dck-ban',
		title: 'Democratic Choice of Kazakhstan banned as "extremist"',
		type: 'party_ban',
		description:
			'The group has been banned as "extremist" since 2018. According to the source, the court decision behind the ban showed no evidence that it advocated or engaged in violent extremism.',
		start: pointDate('2018'),
		end: null,
		ongoing: true,
		outcome: 'The ban remains in force.',
		themes: ['association', 'political-participation', 'expression'],
		affected: [{ actor: 'kz-actor-dck' }],
		responsible: [{ ...STATE, note: 'The ban rests on a court decision.' }],
		laws: [{ law: 'kz-law-extremism', note: 'Banned as "extremist".' }]
	},
	{
		id: 'kz-case-koshe-ban',
		title: 'Koshe (Street) Party banned as "extremist"',
		type: 'party_ban',
		description:
			'The party was banned as "extremist" in 2020; the source reports the same absence of evidence of violent extremism as in the 2018 ban.',
		start: pointDate('2020'),
		end: null,
		ongoing: true,
		outcome: 'The ban remains in force.',
		themes: ['association', 'political-participation', 'expression'],
		affected: [{ actor: 'kz-actor-koshe' }],
		responsible: [STATE],
		laws: [{ law: 'kz-law-extremism', note: 'Banned as "extremist".' }]
	},
	{
		id: 'kz-case-affiliation-prosecutions',
		title: 'Prosecutions for alleged ties to the banned groups',
		type: 'prosecution',
		description:
			'Many people accused of affiliation with Democratic Choice of Kazakhstan or the Koshe (Street) Party face criminal charges under broad "extremism" provisions. The source calls the prosecutions politically motivated.',
		start: undated(NOT_DATED),
		end: null,
		ongoing: false,
		outcome: '',
		themes: ['association', 'expression', 'liberty-fair-trial'],
		affected: [{ actor: 'kz-actor-accused-affiliates' }],
		responsible: [STATE],
		laws: [{ law: 'kz-law-extremism', note: 'Charged under the "extremism" provisions.' }]
	},
	{
		id: 'kz-case-instagram-investigation',
		title: 'Instagram user investigated for "disseminating false information"',
		type: 'criminal_investigation',
		description:
			'A criminal investigation for "disseminating false information" was opened against the holder of an Instagram account that was openly satirical. The source does not name the person.',
		start: pointDate('2021-05'),
		end: null,
		ongoing: false,
		outcome: '',
		themes: ['expression', 'digital-rights'],
		affected: [{ actor: 'kz-actor-instagram-user' }],
		responsible: [STATE],
		laws: []
	},
	{
		id: 'kz-case-hola-news-blocking',
		title: 'HOLA News website blocked',
		type: 'website_blocking',
		description:
			"The outlet's website was blocked for several days after it published an article on alleged links between former President Nursultan Nazarbayev and offshore companies revealed by the Pandora Papers. The source does not say which body ordered the block.",
		start: rangeDate('2021-09', '2021-11', 'Weeks before late November 2021, in autumn 2021.'),
		end: null,
		ongoing: false,
		outcome: 'Blocked for several days.',
		themes: ['media', 'expression', 'digital-rights'],
		affected: [{ actor: 'kz-actor-hola-news' }],
		responsible: [],
		laws: []
	},
	{
		id: 'kz-case-bokaev-imprisonment',
		title: 'Max Bokaev imprisoned for peaceful protest',
		type: 'imprisonment',
		description:
			'The activist served a five-year prison sentence, which the source calls unfair, for peacefully protesting proposed land reforms.',
		start: pointDate(
			'2016-02',
			'Derived, not reported: about February 2016, counting back from a five-year sentence that ended in February 2021.'
		),
		end: pointDate('2021-02', 'Released in February 2021.'),
		ongoing: false,
		outcome: 'Released in February 2021 at the end of the sentence.',
		themes: ['assembly', 'liberty-fair-trial', 'expression'],
		affected: [{ actor: 'kz-actor-bokaev' }],
		responsible: [STATE],
		laws: []
	},
	{
		id: 'kz-case-bokaev-restrictions',
		title: 'Max Bokaev barred from civil society activity after release',
		type: 'activity_restriction',
		description:
			'New restrictions imposed when he was released in February 2021 bar him from civil society activity.',
		start: pointDate('2021-02'),
		end: null,
		ongoing: true,
		outcome: '',
		themes: ['association', 'expression'],
		affected: [{ actor: 'kz-actor-bokaev' }],
		responsible: [STATE],
		laws: []
	},
	{
		id: 'kz-case-union-registration',
		title: 'Independent trade unions refused registration',
		type: 'registration_denial',
		description:
			'Independent trade unions are refused registration, and workers who organise, strikes included, risk unfounded sanctions.',
		start: undated(NOT_DATED),
		end: null,
		ongoing: true,
		outcome: '',
		themes: ['labour-rights', 'association'],
		affected: [{ actor: 'kz-actor-independent-unions' }],
		responsible: [STATE],
		laws: []
	},
	{
		id: 'kz-case-protest-dispersal',
		title: 'Protests dispersed; participants fined or detained',
		type: 'assembly_dispersal',
		description:
			'Protests are still routinely dispersed, and those who take part are fined or detained, despite the reformed law on peaceful assembly.',
		start: undated(NOT_DATED),
		end: null,
		ongoing: true,
		outcome: 'Participants fined or detained.',
		themes: ['assembly', 'liberty-fair-trial'],
		affected: [{ actor: 'kz-actor-protesters' }],
		responsible: [STATE],
		laws: []
	}
];

export interface DemoEngagement {
	id: string;
	title: string;
	kind: EngagementKind;
	euActorsText: string;
	counterpartsText: string;
	start: PreciseDate;
	end: PreciseDate | null;
	humanRightsClause: YesNoUnknown;
	humanRightsRaised: YesNoUnknown;
	description: string;
	eu: string[];
	counterparts: string[];
	citationNote?: string;
}

export const DEMO_ENGAGEMENTS: DemoEngagement[] = [
	{
		id: 'kz-eng-epca',
		title: 'Enhanced Partnership and Cooperation Agreement enters into force',
		kind: 'agreement',
		euActorsText: 'European Union',
		counterpartsText: 'Kazakhstan',
		start: pointDate('2020-03'),
		end: null,
		humanRightsClause: 'yes',
		humanRightsRaised: 'unknown',
		description:
			'The agreement, which contains human-rights provisions, deepened relations between the EU and Kazakhstan.',
		eu: ['kz-actor-eu'],
		counterparts: ['kz-actor-government']
	},
	{
		id: 'kz-eng-ep-concern-2021',
		title: 'European Parliament voices concern about human rights in Kazakhstan',
		kind: 'statement',
		euActorsText: 'European Parliament',
		counterpartsText: '',
		start: pointDate('2021-02'),
		end: null,
		humanRightsClause: 'unknown',
		humanRightsRaised: 'yes',
		description:
			"The most recent, as of the source, of the Parliament's regular expressions of concern about human rights in Kazakhstan.",
		eu: ['kz-actor-european-parliament'],
		counterparts: []
	},
	{
		id: 'kz-eng-ep-resolution-vote',
		title: 'European Parliament votes on a human-rights resolution naming victims',
		kind: 'resolution',
		euActorsText: 'European Parliament',
		counterpartsText: 'Kazakhstan',
		// Known from a headline beside the captured copy, so it is bounded by the capture date.
		start: beforeDate(
			'2021-12',
			'Not dated: known from a related headline beside the copy of the source captured on 4 December 2021.'
		),
		end: null,
		humanRightsClause: 'unknown',
		humanRightsRaised: 'yes',
		description:
			'Kazakhstan lobbied members of the Parliament to stop the vote; most political groups went ahead with it.',
		eu: ['kz-actor-european-parliament'],
		counterparts: ['kz-actor-government'],
		citationNote: 'From a related headline shown beside the source, not from the piece itself.'
	},
	{
		id: 'kz-eng-tokayev-visit-2021',
		title: 'President Tokayev visits Brussels',
		kind: 'visit',
		euActorsText: 'Commission President Ursula von der Leyen; Council President Charles Michel',
		counterpartsText: 'President Kassym-Jomart Tokayev',
		start: pointDate('2021-11-25'),
		end: pointDate('2021-11-26'),
		humanRightsClause: 'unknown',
		humanRightsRaised: 'unknown',
		description:
			'Talks with the presidents of the Commission and the Council, where security and Afghanistan were expected to top the agenda. The source was written before the visit and cannot say whether human rights were raised.',
		eu: [
			'kz-actor-von-der-leyen',
			'kz-actor-michel',
			'kz-actor-european-commission',
			'kz-actor-european-council'
		],
		counterparts: ['kz-actor-tokayev']
	}
];

export interface DemoAsk {
	id: string;
	title: string;
	recommendation: string;
	status: AskStatus;
	themes: ThemeSlug[];
}

export const ASK_ADDRESSEES =
	'European Commission President Ursula von der Leyen and European Council President Charles Michel';
export const ASK_MADE_WHERE =
	'In an EUobserver opinion piece by Philippe Dam and Mihra Rittmann of Human Rights Watch, for the talks with President Tokayev and for public comments';
export const ASK_MADE = undated('Made in the source, ahead of the 25-26 November 2021 visit.');

// The source was written before the visit and reports nothing on how the asks fared: all open.
export const DEMO_ASKS: DemoAsk[] = [
	{
		id: 'kz-ask-promises-not-enough',
		title: 'Say that promises and talk are not enough',
		recommendation:
			'Make it clear that reform promises left unfulfilled, and talk on its own, are not enough.',
		status: 'open',
		themes: ['political-participation']
	},
	{
		id: 'kz-ask-end-extremism-charges',
		title: 'End broad "extremism" charges against peaceful critics',
		recommendation:
			'Press for an end to charges under broadly defined "extremism" provisions that are used to jail peaceful critics.',
		status: 'open',
		themes: ['expression', 'association', 'liberty-fair-trial']
	},
	{
		id: 'kz-ask-free-civil-society',
		title: 'Let civil society, independent unions and media work freely',
		recommendation:
			'Press for civil society, independent trade unions and the media to be able to operate freely.',
		status: 'open',
		themes: ['association', 'labour-rights', 'media']
	},
	{
		id: 'kz-ask-criminalise-domestic-violence',
		title: 'Make domestic violence a crime',
		recommendation:
			'Press for domestic violence to be made an explicit crime, to protect women and girls.',
		status: 'open',
		themes: ['womens-rights']
	}
];

export interface DemoLink {
	kind: LinkKind;
	from: { type: 'pledge' | 'case' | 'ask'; id: string };
	to: { type: 'case' | 'engagement'; id: string };
	note: string;
}

function contradicts(pledge: string, caseId: string, note: string): DemoLink {
	return {
		kind: 'contradicted_by',
		from: { type: 'pledge', id: pledge },
		to: { type: 'case', id: caseId },
		note
	};
}

function related(from: string, to: string, note: string): DemoLink {
	return {
		kind: 'related_to',
		from: { type: 'case', id: from },
		to: { type: 'case', id: to },
		note
	};
}

function madeFor(ask: string, engagement: string, note: string): DemoLink {
	return {
		kind: 'made_for',
		from: { type: 'ask', id: ask },
		to: { type: 'engagement', id: engagement },
		note
	};
}

const FOR_THE_VISIT =
	'The authors made this ask for the visit; written beforehand, the source cannot say whether it was raised in the talks.';

export const DEMO_LINKS: DemoLink[] = [
	contradicts(
		'kz-pledge-assembly-law',
		'kz-case-protest-dispersal',
		'Despite the reformed law, protests are still routinely dispersed and participants fined or detained.'
	),
	contradicts(
		'kz-pledge-reform',
		'kz-case-dck-ban',
		'The 2018 "extremist" ban stays in force, on a court decision that showed no evidence of violent extremism.'
	),
	contradicts(
		'kz-pledge-reform',
		'kz-case-koshe-ban',
		'A second political party banned as "extremist" in 2020, with the same lack of evidence.'
	),
	contradicts(
		'kz-pledge-reform',
		'kz-case-affiliation-prosecutions',
		'Broad "extremism" charges against many people for alleged ties to the banned groups run against any political opening.'
	),
	contradicts(
		'kz-pledge-reform',
		'kz-case-instagram-investigation',
		'A criminal investigation over an openly satirical account, in May 2021.'
	),
	contradicts(
		'kz-pledge-reform',
		'kz-case-hola-news-blocking',
		'A news site blocked for days after reporting on the former president and the Pandora Papers, weeks before the visit.'
	),
	contradicts(
		'kz-pledge-reform',
		'kz-case-bokaev-restrictions',
		'An activist freed in February 2021 is barred from civil society activity.'
	),
	contradicts(
		'kz-pledge-reform',
		'kz-case-union-registration',
		'Independent unions are still refused registration, and workers who organise risk sanctions.'
	),
	related(
		'kz-case-dck-ban',
		'kz-case-affiliation-prosecutions',
		'People are prosecuted for alleged affiliation with the banned group.'
	),
	related(
		'kz-case-koshe-ban',
		'kz-case-affiliation-prosecutions',
		'People are prosecuted for alleged affiliation with the banned party.'
	),
	related(
		'kz-case-bokaev-imprisonment',
		'kz-case-bokaev-restrictions',
		'The restrictions were imposed when the prison sentence ended.'
	),
	...DEMO_ASKS.map((ask) => madeFor(ask.id, 'kz-eng-tokayev-visit-2021', FOR_THE_VISIT))
];
