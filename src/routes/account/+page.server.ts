import type { PageServerLoad } from './$types';
import { guardUser } from '$lib/server/auth/guard';
import { twoFactorRequired } from '$lib/server/policy';

export const load: PageServerLoad = async (event) => {
	const { user } = await guardUser(event, 'account:self');
	return {
		account: {
			email: user.email,
			displayName: user.displayName,
			role: user.role,
			totpEnabled: user.totpEnabled,
			totpRequired: twoFactorRequired(user.role)
		}
	};
};
