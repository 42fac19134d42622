import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { PAGE_PROBLEM, readPageNumber } from '$lib/paging';
import { db } from '$lib/server/runtime';
import { guardUser } from '$lib/server/auth/guard';
import { AUDIT_ACTIONS, listAuditEvents } from '$lib/server/audit';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const load: PageServerLoad = async (event) => {
	await guardUser(event, 'read:audit');
	const q = event.url.searchParams;
	const filter = {
		action: q.get('action') ?? '',
		outcome: q.get('outcome') ?? '',
		email: q.get('email') ?? '',
		from: DAY.test(q.get('from') ?? '') ? (q.get('from') as string) : '',
		to: DAY.test(q.get('to') ?? '') ? (q.get('to') as string) : ''
	};
	const page = readPageNumber(q.get('page'));
	if (page === null) error(400, PAGE_PROBLEM);
	const { events, hasMore } = await listAuditEvents(db(), { ...filter, page });
	return {
		filter,
		page,
		hasMore,
		actions: AUDIT_ACTIONS,
		events: events.map((e) => ({
			id: e.id,
			occurredAt: e.occurred_at,
			actorEmail: e.actor_email,
			action: e.action,
			outcome: e.outcome,
			target: e.target_type ? `${e.target_type} ${e.target_id ?? ''}` : '',
			ip: e.ip,
			detail: e.detail === '{}' ? '' : e.detail
		}))
	};
};
