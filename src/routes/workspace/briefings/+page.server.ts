import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { guard } from '$lib/server/auth/guard';
import { clientInfo } from '$lib/server/auth/request';
import { PackInputError } from '$lib/server/briefings/assemble';
import { buildFormEcho, buildPack, readBuildForm } from '$lib/server/briefings/packs';
import { can } from '$lib/server/policy';
import { listBriefingPacks } from '$lib/server/repositories/briefing-packs';
import { listUnpublished, UNPUBLISHED_KINDS } from '$lib/server/repositories/unpublished-records';
import { declaredLanguages } from '$lib/server/repositories/translations';
import { today } from '$lib/server/clock';
import { listCountries } from '$lib/server/repositories/countries';
import { listEngagements } from '$lib/server/repositories/engagements';
import { listThemes } from '$lib/server/repositories/themes';
import { db } from '$lib/server/runtime';

export const load: PageServerLoad = async (event) => {
	const actor = await guard(event, 'read:internal');
	const mayBuild = can(actor, 'build:briefings');
	const [packs, countries, engagements, themes, unpublished] = await Promise.all([
		listBriefingPacks(db()),
		mayBuild ? listCountries(db(), { status: 'published' }) : [],
		mayBuild ? listEngagements(db(), { status: 'published', sort: 'date_desc' }) : [],
		mayBuild ? listThemes(db()) : [],
		mayBuild
			? Promise.all(
					UNPUBLISHED_KINDS.map(async (kind) =>
						(await listUnpublished(db(), kind)).map((r) => ({ ...r, kind }))
					)
				)
			: []
	]);
	return {
		mayBuild,
		// Viewers read issued packs only; drafts are work in progress of those who build them.
		packs: packs
			.filter((p) => mayBuild || p.issued_at !== null)
			.map((p) => ({
				id: p.id,
				title: p.title,
				country: p.country_name,
				countryCode: p.country_code,
				isPublic: Number(p.is_public) === 1,
				issuedAt: p.issued_at,
				withdrawnAt: p.withdrawn_at,
				updatedAt: p.updated_at
			})),
		countries: countries.map((c) => ({ code: c.code, name: c.name, id: c.id })),
		engagements: engagements.map((e) => ({
			id: e.id,
			countryId: e.country_id,
			title: e.title,
			date: e.start_text
		})),
		themes: themes.map((t) => ({ slug: t.slug, name: t.name })),
		// Unpublished records of every kind an internal pack may tick in, "<kind>:<id>" in the form.
		unpublished: unpublished.flat().map((r) => ({
			value: `${r.kind}:${r.id}`,
			id: r.id,
			kind: r.kind,
			countryId: r.country_id,
			title: r.title,
			status: r.status
		})),
		// Their titles are marked with their declared languages (one query for the page).
		listedLangs: await declaredLanguages(
			db(),
			unpublished.flat().map((r) => r.id)
		)
	};
};

async function create(event: Parameters<Actions[string]>[0]) {
	const actor = await guard(event, 'build:briefings');
	const echo = buildFormEcho(await event.request.formData());
	let id: string;
	try {
		id = await buildPack(db(), { actor, ...clientInfo(event) }, readBuildForm(echo, today()));
	} catch (e) {
		if (e instanceof PackInputError)
			return fail(400, { message: e.message, field: e.field, ...echo });
		throw e;
	}
	redirect(303, `/workspace/briefings/${id}`);
}

export const actions: Actions = { create };
