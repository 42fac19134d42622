import { ensureDemoPack } from '$lib/server/briefings/packs';
import type { DB } from '../db/connect.js';
import { DEMO_COUNTRY } from './demo-kazakhstan.js';

/*
 * The demo's briefing pack: the public pack for President Tokayev's visit to Brussels
 * (25-26 November 2021), assembled from the demo record alone by the builder's own code and
 * issued, so a newcomer finds a finished pack on /countries/kz right after `npm start`.
 * Imported only at run time (it reaches $lib, which the tsx scripts do not resolve).
 */

export const DEMO_PACK_ID = 'kz-pack-tokayev-visit-2021';
export const DEMO_PACK_ENGAGEMENT = 'kz-eng-tokayev-visit-2021';

export function seedDemoPack(db: DB, today?: string): Promise<boolean> {
	return ensureDemoPack(db, DEMO_PACK_ID, {
		country: DEMO_COUNTRY.code,
		occasion: { engagementId: DEMO_PACK_ENGAGEMENT },
		// The record as it stood for the visit: everything up to its last day.
		window: { from: null, to: '2021-11-26' },
		themes: [],
		classification: 'public',
		realNames: false,
		today
	});
}
