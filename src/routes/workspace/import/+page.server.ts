import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { guard } from '$lib/server/auth/guard';
import { clientInfo } from '$lib/server/auth/request';
import { db } from '$lib/server/runtime';
import { formContext } from '$lib/server/workspace/context';
import {
	commitImportForm,
	IMPORT_TYPES,
	importFormData,
	MAX_IMPORT_BYTES,
	previewImportForm,
	readImportForm,
	uploadTooLarge
} from '$lib/server/workspace/importing';
import { importColumnGuide } from '$lib/server/workspace/import-guide';

export const load: PageServerLoad = async (event) => {
	await guard(event, 'edit:records');
	return {
		countries: (await formContext(db())).countries,
		types: IMPORT_TYPES,
		columns: { cases: importColumnGuide('cases'), pledges: importColumnGuide('pledges') },
		maxBytes: MAX_IMPORT_BYTES,
		imported: Number(event.url.searchParams.get('imported') ?? '') || null
	};
};

const NOTHING_READ = { type: '', countryId: '', text: '' };

async function preview(event: Parameters<Actions[string]>[0]) {
	await guard(event, 'edit:records');
	const data = await importFormData(event.request);
	if (!data) return fail(413, { message: uploadTooLarge(), form: NOTHING_READ });
	const reading = await readImportForm(db(), data);
	if (!reading.ok) return fail(400, { message: reading.message, form: reading.form });
	return { form: reading.form, preview: await previewImportForm(db(), reading.form) };
}

async function commit(event: Parameters<Actions[string]>[0]) {
	const actor = await guard(event, 'edit:records');
	const data = await importFormData(event.request);
	if (!data) return fail(413, { message: uploadTooLarge(), form: NOTHING_READ });
	const reading = await readImportForm(db(), data);
	if (!reading.ok) return fail(400, { message: reading.message, form: reading.form });
	const outcome = await commitImportForm(db(), reading.form, { actor, ...clientInfo(event) });
	if (!outcome.ok) {
		return fail(400, {
			message: outcome.message,
			form: reading.form,
			preview: { ok: false, rowCount: 0, create: [], newActors: [], errors: outcome.errors }
		});
	}
	redirect(303, `/workspace/import?imported=${outcome.created}&type=${reading.form.type}`);
}

export const actions: Actions = { preview, commit };
