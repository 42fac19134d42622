import type { PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { listFailedSignIns } from '$lib/server/audit';
import { guardUser } from '$lib/server/auth/guard';
import { clientInfo } from '$lib/server/auth/request';
import { twoFactorRequired } from '$lib/server/policy';
import { currentMs } from '$lib/server/clock';

/* How far back the account page reports failed sign-in attempts. */
const ATTEMPTS_DAYS = 14;

export const load: PageServerLoad = async (event) => {
	const { user } = await guardUser(event, 'account:self');
	const since = new Date(currentMs() - ATTEMPTS_DAYS * 86_400_000);
	const here = clientInfo(event).ip;
	const attempts = await listFailedSignIns(db(), user.id, since);
	return {
		account: {
			email: user.email,
			displayName: user.displayName,
			role: user.role,
			totpEnabled: user.totpEnabled,
			totpRequired: twoFactorRequired(user.role)
		},
		failedSignIns: {
			days: ATTEMPTS_DAYS,
			byAddress: attempts.map((a) => ({ ...a, here: a.ip === here }))
		}
	};
};
