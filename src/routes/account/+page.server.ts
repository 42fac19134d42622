import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { listFailedSignIns } from '$lib/server/audit';
import { guardUser } from '$lib/server/auth/guard';
import { actingUser, clientInfo } from '$lib/server/auth/request';
import { chooseInterfaceLanguage } from '$lib/server/auth/interface-language';
import { accountLocale } from '$lib/server/http/language';
import { isLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
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
			totpRequired: twoFactorRequired(user.role),
			language: accountLocale(event.locals),
			languageChosen: user.interfaceLanguage !== null
		},
		failedSignIns: {
			days: ATTEMPTS_DAYS,
			byAddress: attempts.map((a) => ({ ...a, here: a.ip === here }))
		}
	};
};

/* The language of the person's own pages; saved and audited, then the page is loaded afresh in it. */
async function chooseLanguage(event: Parameters<Actions['language']>[0]) {
	const { user } = await guardUser(event, 'account:self');
	const language = String((await event.request.formData()).get('language') ?? '');
	if (!isLocale(language)) return fail(400, { languageMessage: m.account_language_unknown() });
	await chooseInterfaceLanguage(db(), actingUser(event, user), language);
	redirect(303, '/account?language=saved');
}

export const actions: Actions = { language: chooseLanguage };
