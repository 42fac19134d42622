import type { Actions, PageServerLoad } from './$types';
import { guardUser } from '$lib/server/auth/guard';
import { recordAudit } from '$lib/server/audit';
import { clientInfo } from '$lib/server/auth/request';
import { db } from '$lib/server/runtime';
import { fourEyesRequired, setFourEyesRequired } from '$lib/server/workspace/settings';

export const load: PageServerLoad = async (event) => {
	await guardUser(event, 'manage:settings');
	return { fourEyes: await fourEyesRequired(db()) };
};

async function save(event: Parameters<Actions[string]>[0]) {
	const { actor } = await guardUser(event, 'manage:settings');
	const data = await event.request.formData();
	const required = data.get('four_eyes') === 'on';
	await setFourEyesRequired(db(), required, actor.userId);
	const { ip, userAgent } = clientInfo(event);
	await recordAudit(db(), {
		action: 'publication',
		userId: actor.userId,
		actorEmail: actor.email,
		targetType: 'setting',
		targetId: 'four_eyes',
		ip,
		userAgent,
		detail: { four_eyes: required }
	});
	return { notice: required ? 'The four-eyes rule is on.' : 'The four-eyes rule is off.' };
}

export const actions: Actions = { save };
