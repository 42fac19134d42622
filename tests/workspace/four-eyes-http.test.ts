import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser } from '../../src/lib/server/auth/users.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { setCountryStatus } from '../../src/lib/server/repositories/countries.js';
import { listRevisions } from '../../src/lib/server/repositories/revisions.js';
import { setSourceStatus } from '../../src/lib/server/repositories/sources.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import type { Role } from '../../src/lib/server/db/schema.js';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { PLACEHOLDER_HASH } from '../auth/fixtures.js';
import { formOf, testland } from './fixture.js';

/*
 * Hole 1 as the attacker tried it: a researcher POSTs ?/restore with an earlier revision of a
 * published case. The case must stay as published, on its public page too, with the restored
 * version waiting for review; viewers see the history without a restore button.
 */

for (const dialect of testDialects()) {
	describe(`restoring a published record over HTTP [${dialect}]`, () => {
		const served = servedApp(dialect, { env: { PLEDGEWATCH_SKIP_DEMO: '1' } });
		const cookies = new Map<Role, string>();
		let caseId: string;

		beforeAll(async () => {
			const ids = new Map<Role, string>();
			for (const role of ['researcher', 'viewer'] as const) {
				const user = await createUser(served.app.db, {
					email: `${role}.four-eyes.${dialect}@example.org`,
					displayName: `Four-eyes ${role}`,
					role,
					passwordHash: PLACEHOLDER_HASH
				});
				ids.set(role, user.id);
				const { token } = await createSession(served.app.db, user.id, { twoFactorVerified: false });
				cookies.set(role, `pledgewatch_session=${token}`);
			}
			const researcherId = ids.get('researcher')!;
			const { country, source } = await testland(served.app.db, researcherId);
			await setCountryStatus(served.app.db, country.id, country.version, 'published', null);
			await setSourceStatus(served.app.db, source.id, source.version, 'published', null);
			const fields = {
				title: 'Old wording of the case (fictional)',
				case_type: 'prosecution',
				country_id: country.id,
				start: '2020',
				end: '',
				verification: 'reported'
			};
			const saved = await saveRecord(served.app.db, caseKind, formOf(fields), {
				userId: researcherId,
				confirmedNotDuplicate: true
			});
			if (saved.kind !== 'saved') throw new Error(saved.kind);
			caseId = saved.id;
			await citeSource(
				served.app.db,
				{ source_id: source.id, record_type: 'case', record_id: caseId },
				researcherId
			);
			await saveRecord(
				served.app.db,
				caseKind,
				formOf({ ...fields, title: 'Reviewed wording of the case (fictional)', version: '1' }),
				{ userId: researcherId, id: caseId }
			);
			await caseKind.setStatus(served.app.db, caseId, 2, 'published', null);
		}, 180_000);

		const get = (role: Role, url: string) =>
			fetch(`${served.app.url}${url}`, {
				headers: { cookie: cookies.get(role)! },
				redirect: 'manual'
			});

		it(
			'a researcher’s restore waits for review; the public page keeps the reviewed text',
			{ timeout: 120_000 },
			async () => {
				const [first] = await listRevisions(served.app.db, 'case', caseId);
				const response = await fetch(
					`${served.app.url}/workspace/cases/${caseId}/history?/restore`,
					{
						method: 'POST',
						headers: {
							origin: served.app.url,
							accept: 'text/html',
							cookie: cookies.get('researcher')!,
							'content-type': 'application/x-www-form-urlencoded'
						},
						body: new URLSearchParams({ revision: first!.id, version: '3' }).toString(),
						redirect: 'manual'
					}
				);
				expect(response.status).toBe(303);
				expect(response.headers.get('location')).toBe(
					`/workspace/cases/${caseId}?restored=pending`
				);
				expect(await caseKind.get(served.app.db, caseId)).toMatchObject({
					status: 'published',
					version: 3,
					title: 'Reviewed wording of the case (fictional)'
				});
				const page = await (await fetch(`${served.app.url}/countries/XT/cases/${caseId}`)).text();
				expect(page).toContain('Reviewed wording of the case (fictional)');
				expect(page).not.toContain('Old wording of the case (fictional)');

				// Svelte's hydration markers (<!---->) sit between the parts of a sentence.
				const recordPage = (await (await get('researcher', `/workspace/cases/${caseId}`)).text())
					.replace(/<!--[^>]*-->/g, '')
					.replace(/\s+/g, ' ');
				expect(recordPage).toContain('Published, with changes in review');
				expect(recordPage).toContain('Restore of version 1, pending.');
			}
		);

		it(
			'the history offers restoring to those who may edit, not to viewers',
			{ timeout: 60_000 },
			async () => {
				const url = `/workspace/cases/${caseId}/history`;
				const asResearcher = await (await get('researcher', url)).text();
				expect(asResearcher).toContain('Propose restoring version 1');
				const asViewer = await get('viewer', url);
				expect(asViewer.status).toBe(200);
				expect(await asViewer.text()).not.toMatch(/restoring version|Restore version/);
			}
		);
	});
}
