import type { AssembleInput } from '../../src/lib/server/briefings/assemble.js';

/* The demo's pack: Kazakhstan, for President Tokayev's visit to Brussels on 25-26 November 2021. */

export const TODAY = '2026-01-01';

export const VISIT_PACK: AssembleInput = {
	country: 'kz',
	occasion: { engagementId: 'kz-eng-tokayev-visit-2021' },
	window: { from: '2016-01-01', to: '2021-11-26' },
	themes: [],
	classification: 'public',
	realNames: false,
	today: TODAY
};
