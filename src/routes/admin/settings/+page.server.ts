import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { guardUser } from '$lib/server/auth/guard';
import { actingUser } from '$lib/server/auth/request';
import { setFourEyesRule } from '$lib/server/admin/four-eyes-setting';
import { db } from '$lib/server/runtime';
import { fourEyesRequired } from '$lib/server/workspace/settings';

export const load: PageServerLoad = async (event) => {
	await guardUser(event, 'manage:settings');
	return { fourEyes: await fourEyesRequired(db()) };
};

async function save(event: Parameters<Actions[string]>[0]) {
	const { user } = await guardUser(event, 'manage:settings');
	const required = (await event.request.formData()).get('four_eyes') === 'on';
	await setFourEyesRule(db(), actingUser(event, user), required);
	return { notice: required ? m.adm_four_eyes_on() : m.adm_four_eyes_off() };
}

export const actions: Actions = { save };
