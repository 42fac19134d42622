import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { guard } from '$lib/server/auth/guard';
import { db } from '$lib/server/runtime';
import { formContext } from '$lib/server/workspace/context';
import {
	commitImportForm,
	IMPORT_TYPES,
	previewImportForm,
	readImportForm
} from '$lib/server/workspace/importing';

export const load: PageServerLoad = async (event) => {
	await guard(event, 'edit:records');
	return {
		countries: (await formContext(db())).countries,
		types: IMPORT_TYPES,
		imported: Number(event.url.searchParams.get('imported') ?? '') || null
	};
};

async function preview(event: Parameters<Actions[string]>[0]) {
	await guard(event, 'edit:records');
	const reading = await readImportForm(db(), await event.request.formData());
	if (!reading.ok) return fail(400, { message: reading.message, form: reading.form });
	return { form: reading.form, preview: await previewImportForm(db(), reading.form) };
}

async function commit(event: Parameters<Actions[string]>[0]) {
	const actor = await guard(event, 'edit:records');
	const reading = await readImportForm(db(), await event.request.formData());
	if (!reading.ok) return fail(400, { message: reading.message, form: reading.form });
	const outcome = await commitImportForm(db(), reading.form, actor.userId);
	if (!outcome.ok) {
		return fail(400, {
			message: outcome.message,
			form: reading.form,
			preview: { ok: false, rowCount: 0, create: [], errors: outcome.errors }
		});
	}
	redirect(303, `/workspace/import?imported=${outcome.created}&type=${reading.form.type}`);
}

export const actions: Actions = { preview, commit };
