import { getRandomValues } from 'node:crypto';
import type { DB } from '../../src/lib/server/db/connect.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { generateFictional } from '../../src/lib/server/generate/fictional.js';
import { recordAudit } from '../../src/lib/server/audit.js';
import { setFourEyesRule } from '../../src/lib/server/admin/four-eyes-setting.js';
import { createInvite } from '../../src/lib/server/auth/invites.js';
import { replaceRecoveryCodes } from '../../src/lib/server/auth/recovery-codes.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { accountKey, recordFailure } from '../../src/lib/server/auth/throttle.js';
import { generateTotpKey, sealTotpKey } from '../../src/lib/server/auth/totp.js';
import { enableTotp, savePendingTotpKey } from '../../src/lib/server/auth/users.js';
import { findPledge, updatePledge } from '../../src/lib/server/repositories/pledges.js';
import { savePendingRevision } from '../../src/lib/server/repositories/pending-revisions.js';
import { proposeFieldLanguage } from '../../src/lib/server/repositories/translations.js';
import {
	createBriefingPack,
	issueBriefingPack
} from '../../src/lib/server/repositories/briefing-packs.js';
import { config, makeUser } from '../auth/fixtures.js';

/*
 * A database holding every kind of row the archive carries: the demo record, a small
 * generated Testland (fictional), and an account with every part of one (a sealed two-factor
 * key, recovery codes, an invite it sent, audit events, a setting it changed), a pending change,
 * translations and a declared original language, and an issued briefing pack with document bytes and a draft based on it. A session and a
 * throttling bucket are made too, to prove the archive leaves them out.
 */

export interface EveryKind {
	secretKey: Uint8Array;
	/** The session token handed to the browser; it must never reach an archive. */
	sessionToken: string;
	sessionId: string;
}

export async function fillEveryKind(db: DB): Promise<EveryKind> {
	await loadDemo(db);
	await generateFictional(db, { cases: 12, pledges: 4, engagements: 3, seed: 7 });
	// Neither seed links a pledge to a law; one fictional pledge is, through the repository.
	const pledge = await findPledge(db, 'xt-pledge-1');
	await updatePledge(db, 'xt-pledge-1', pledge!.version, { law_ids: ['kz-law-extremism'] }, null);
	const secretKey = getRandomValues(new Uint8Array(32));
	const admin = await makeUser(db, 'admin');
	await savePendingTotpKey(db, admin.id, sealTotpKey(generateTotpKey(), admin.id, secretKey));
	await enableTotp(db, admin.id);
	await replaceRecoveryCodes(db, admin.id);
	await createInvite(db, {
		email: `invited.${Date.now()}@example.org`,
		role: 'editor',
		createdBy: admin.id,
		config
	});
	const by = { userId: admin.id, email: admin.email, ip: '192.0.2.1', userAgent: 'vitest' };
	await setFourEyesRule(db, by, true);
	await recordAudit(db, { action: 'signin', userId: admin.id, detail: { note: 'ünïcödé ✓' } });
	await savePendingRevision(
		db,
		{
			recordType: 'case',
			recordId: 'xt-case-1',
			baseVersion: 1,
			values: { title: 'A pending edit (fictional)' },
			action: 'edit',
			expectedVersion: 0
		},
		admin.id
	);
	// The demo's translations are there; a declared original language, waiting for review, too.
	await proposeFieldLanguage(
		db,
		{ record_type: 'case', record_id: 'xt-case-1', field: 'description' },
		'ru',
		admin.id
	);
	const pack = await createBriefingPack(
		db,
		{
			countryId: 'xt-country',
			title: 'Testland pack (fictional)',
			occasion: '{}',
			windowStart: '2020-01-01',
			windowEnd: '2021-12-31',
			themeSlugs: [],
			selection: '{}',
			body: '{}',
			isPublic: true
		},
		admin.id
	);
	// Every byte value, so base64 and both databases' blob types are exercised.
	const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
	await issueBriefingPack(
		db,
		pack,
		1,
		{
			snapshot: '{}',
			isPublic: true,
			documents: [{ format: 'pdf', bytes, sha256: 'test' }],
			at: '2026-01-01T00:00:00.000Z'
		},
		admin.id
	);
	await createBriefingPack(
		db,
		{
			countryId: 'xt-country',
			title: 'Testland follow-up (fictional)',
			occasion: '{}',
			windowStart: null,
			windowEnd: null,
			themeSlugs: [],
			selection: '{}',
			body: '{}',
			isPublic: false,
			basedOn: pack
		},
		admin.id
	);
	const session = await createSession(db, admin.id, { twoFactorVerified: true, config });
	await recordFailure(db, [accountKey('signin', admin.email, config)], { config });
	return { secretKey, sessionToken: session.token, sessionId: session.session.id };
}
