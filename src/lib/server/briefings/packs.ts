import { m } from '$lib/paraglide/messages';
import { createHash } from 'node:crypto';
import {
	holdsUnpublished,
	type BriefingContent,
	type PackAsk,
	type PackClassification,
	type PackIssue,
	type PackSectionKey
} from '$lib/domain/briefing';
import { PACK_SECTION_ORDER, packLocale } from '$lib/briefing/sections';
import { isContentLang, type ContentLang } from '$lib/domain/translations';
import { isLocale } from '$lib/i18n';
import { recordAudit, type AuditAction } from '$lib/server/audit';
import type { DB } from '$lib/server/db/connect';
import { can, type Actor } from '$lib/server/policy';
import {
	createBriefingPack,
	getBriefingDocument,
	getBriefingPack,
	issueBriefingPack,
	saveBriefingPackBody,
	withdrawBriefingPack,
	type BriefingPackRow,
	type PackFormat
} from '$lib/server/repositories/briefing-packs';
import { now } from '$lib/server/clock';
import { ValidationError } from '$lib/server/repositories/errors';
import { fourEyesRequired } from '$lib/server/workspace/settings';
import { assembleBriefing, PackInputError, type AssembleInput } from './assemble';
import { renderDocx, renderPdf } from './render';
import { renumberEndnotes } from './endnotes';
import type { UnpublishedSelection } from './unpublished';
import {
	UNPUBLISHED_KINDS,
	type UnpublishedKind
} from '$lib/server/repositories/unpublished-records';

/*
 * A pack's life: built from the record, edited as a draft (version-checked like any record),
 * issued (content frozen, documents rendered once and their bytes kept), withdrawn, or
 * copied into a new draft. Routes call these and turn the errors into messages.
 */

export interface PackContext {
	actor: Actor;
	ip?: string | null;
	userAgent?: string | null;
}

async function audit(
	db: DB,
	ctx: PackContext,
	action: AuditAction,
	packId: string,
	detail: Record<string, string | number | boolean | null> = {},
	outcome: 'success' | 'denied' = 'success'
) {
	await recordAudit(db, {
		action,
		outcome,
		userId: ctx.actor.userId,
		actorEmail: ctx.actor.email,
		targetType: 'briefing',
		targetId: packId,
		ip: ctx.ip ?? null,
		userAgent: ctx.userAgent ?? null,
		detail
	});
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The builder form's fields as typed, echoed back on any refusal so nothing is lost. */
export function buildFormEcho(form: FormData) {
	return {
		country: text(form, 'country'),
		engagement: text(form, 'engagement'),
		occasionTitle: text(form, 'occasionTitle'),
		occasionDate: text(form, 'occasionDate'),
		from: text(form, 'from'),
		to: text(form, 'to'),
		themes: form.getAll('themes').map(String),
		classification: text(form, 'classification'),
		realNames: form.get('realNames') === 'on',
		unpublished: form.getAll('unpublished').map(String),
		language: text(form, 'language') || 'en',
		// The language a typed occasion title is in: the pack's unless the director says.
		occasionLang: text(form, 'occasionLang')
	};
}
export type BuildFormEcho = ReturnType<typeof buildFormEcho>;

export function readBuildForm(echo: BuildFormEcho, today: string): AssembleInput {
	if (!echo.country) throw new PackInputError('country', m.pack_build_err_country());
	if (echo.classification !== 'internal' && echo.classification !== 'public')
		throw new PackInputError('classification', m.pack_build_err_classification());
	if (!isLocale(echo.language)) throw new PackInputError('language', m.pack_build_err_language());
	if (!echo.engagement && !echo.occasionTitle && !echo.occasionDate)
		throw new PackInputError('engagement', m.pack_build_err_occasion());
	return {
		country: echo.country,
		occasion: echo.engagement
			? { engagementId: echo.engagement }
			: {
					title: echo.occasionTitle,
					date: echo.occasionDate,
					...(isContentLang(echo.occasionLang) ? { lang: echo.occasionLang } : {})
				},
		window: { from: echo.from || null, to: echo.to || null },
		themes: echo.themes,
		classification: echo.classification,
		realNames: echo.classification === 'internal' && echo.realNames,
		unpublished: readSelection(echo.unpublished),
		language: echo.language,
		today
	};
}

/**
 * The unpublished records ticked in the builder, each sent as "<kind>:<id>" (a pledge, case,
 * law or engagement); anything else is not a record the builder offered, and is ignored.
 */
export function readSelection(ticked: readonly string[]): UnpublishedSelection {
	const selection: UnpublishedSelection = {};
	for (const value of ticked) {
		const at = value.indexOf(':');
		const kind = value.slice(0, at) as UnpublishedKind;
		if (at < 1 || !UNPUBLISHED_KINDS.includes(kind)) continue;
		(selection[kind] ??= []).push(value.slice(at + 1));
	}
	return selection;
}

/** Builds a draft pack from the record and stores it; returns its id. */
export async function buildPack(db: DB, ctx: PackContext, input: AssembleInput): Promise<string> {
	const id = await storeDraft(db, ctx.actor.userId, input);
	await audit(db, ctx, 'briefing.build', id, {
		classification: input.classification,
		language: input.language ?? 'en'
	});
	return id;
}

async function storeDraft(
	db: DB,
	userId: string | null,
	input: AssembleInput,
	fixedId?: string
): Promise<string> {
	const content = await assembleBriefing(db, input);
	const country = await db
		.selectFrom('countries')
		.where('code', '=', content.country.code)
		.select('id')
		.executeTakeFirstOrThrow();
	const id = await createBriefingPack(
		db,
		{
			countryId: country.id,
			title: content.title,
			occasion: JSON.stringify(input.occasion),
			windowStart: input.window.from,
			windowEnd: input.window.to,
			themeSlugs: input.themes,
			selection: JSON.stringify({
				realNames: input.realNames,
				unpublished: input.unpublished ?? {}
			}),
			body: JSON.stringify(content),
			isPublic: input.classification === 'public',
			id: fixedId
		},
		userId
	);
	return id;
}

export function packContent(row: BriefingPackRow): BriefingContent {
	return JSON.parse(row.snapshot ?? row.body) as BriefingContent;
}

/*
 * Who issued a pack, as its documents print it: a public pack names the organisation, never a
 * staff member's account; an internal one the issuing account.
 */
const issuerName = (classification: PackClassification, email: string | null) =>
	classification === 'public' ? 'Pledgewatch' : (email ?? '');

export function packIssue(row: BriefingPackRow, content: BriefingContent): PackIssue | null {
	return row.issued_at
		? {
				issuedAt: row.issued_at,
				issuedBy: issuerName(content.classification, row.issuer_email),
				classification: content.classification
			}
		: null;
}

/* --- editing a draft --------------------------------------------------------------------- */

/** What the draft form sends, as typed. */
export function editFormEcho(form: FormData) {
	const ids = form.getAll('askId').map(String);
	const refs = form.getAll('askRefs').map(String);
	return {
		summary: String(form.get('summary') ?? ''),
		asks: form
			.getAll('askText')
			.map(String)
			.map((t, i) => ({ askId: ids[i] || null, text: t, refs: refs[i] ?? '' })),
		newAsk: String(form.get('newAsk') ?? ''),
		talkingPoints: String(form.get('talkingPoints') ?? ''),
		omit: form.getAll('omit').map(String),
		drop: form.getAll('drop').map(String),
		/** The language the director writes in: what they write or change is taken as in it. */
		writtenIn: String(form.get('writtenIn') ?? '')
	};
}
export type EditFormEcho = ReturnType<typeof editFormEcho>;

const SECTION_KEYS = new Set<string>(PACK_SECTION_ORDER);

/**
 * Applies the draft form to the content: summary, asks (in the order sent, the dropped ones
 * left out, a new one added), talking points one per line, items dropped, sections left out.
 * `move` ("<index>:up" or "<index>:down") moves one ask.
 */
export function applyPackEdits(
	content: BriefingContent,
	echo: EditFormEcho,
	move?: string
): BriefingContent {
	const dropped = new Set(echo.drop);
	const keep = <T extends { id: string }>(section: string, items: T[]) =>
		items.filter((x) => !dropped.has(`${section}:${x.id}`));
	/*
	 * Text the director left as it was keeps its language (an ask drawn from the record, in
	 * the record's); text they wrote or changed is in the language they say they write in.
	 */
	const author = isContentLang(echo.writtenIn) ? echo.writtenIn : packLocale(content);
	const langOf = (text: string, before: { text: string; lang?: ContentLang } | undefined) =>
		before && before.text === text ? before.lang : author;
	let asks: PackAsk[] = echo.asks
		.map((a, i) => ({ a, i }))
		.filter(({ i }) => !dropped.has(`asks:${i}`))
		.map(({ a, i }) => {
			const text = a.text.trim();
			const lang = langOf(text, content.asks[i]);
			return {
				askId: a.askId,
				text,
				refs: a.refs
					.split(',')
					.map(Number)
					.filter((n) => Number.isInteger(n) && n > 0),
				...(lang ? { lang } : {})
			};
		})
		.filter((a) => a.text !== '');
	if (echo.newAsk.trim())
		asks.push({ askId: null, text: echo.newAsk.trim(), refs: [], lang: author });
	const m = move?.match(/^(\d+):(up|down)$/);
	if (m) {
		const from = Number(m[1]);
		const to = m[2] === 'up' ? from - 1 : from + 1;
		const moving = asks[from];
		if (moving && to >= 0 && to < asks.length) {
			asks = asks.filter((_, i) => i !== from);
			asks.splice(to, 0, moving);
		}
	}
	const talkingPoints = echo.talkingPoints
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	const pointLangs = new Map(
		content.talkingPoints.map((t, i) => [t, content.talkingPointLangs?.[i]] as const)
	);
	const summary = echo.summary.trim();
	const summaryLang = langOf(summary, content.summary);
	return renumberEndnotes({
		...content,
		summary: {
			text: summary,
			figures: content.summary.figures,
			...(summaryLang ? { lang: summaryLang } : {})
		},
		pledges: keep('pledges', content.pledges),
		people: keep('people', content.people),
		laws: keep('laws', content.laws),
		eu: keep('eu', content.eu),
		...(content.unpublished ? { unpublished: keep('unpublished', content.unpublished) } : {}),
		asks,
		talkingPoints,
		// A point as it was keeps its language (unknown in packs built before: the pack's).
		talkingPointLangs: talkingPoints.map((t) =>
			pointLangs.has(t) ? (pointLangs.get(t) ?? packLocale(content)) : author
		),
		authorLang: author,
		omitted: echo.omit.filter((k) => SECTION_KEYS.has(k)) as PackSectionKey[]
	});
}

const PUBLIC_HOLDS_UNPUBLISHED = () => m.ws_pack_public_holds_unpublished();

/** Saves the draft form against `version`; returns the new version. */
export async function savePack(
	db: DB,
	ctx: PackContext,
	id: string,
	version: number,
	echo: EditFormEcho,
	move?: string
): Promise<number> {
	const row = await getBriefingPack(db, id);
	const content = applyPackEdits(packContent(row), echo, move);
	if (content.classification === 'public' && holdsUnpublished(content))
		throw new ValidationError({ _form: PUBLIC_HOLDS_UNPUBLISHED() });
	return saveBriefingPackBody(db, id, version, JSON.stringify(content), ctx.actor.userId);
}

/* --- issuing and after ------------------------------------------------------------------- */

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Who may issue this draft; a sentence saying why not, or null when they may. */
export async function issueRefusal(
	db: DB,
	actor: Actor,
	row: BriefingPackRow,
	classification: PackClassification
): Promise<string | null> {
	if (!can(actor, 'build:briefings')) return m.ws_pack_role_no_issue();
	if (row.issued_at) return m.ws_pack_no_issue_issued();
	if (classification !== 'public') return null;
	// The leak rule, however the draft came to hold them: a public pack is published records only.
	if (holdsUnpublished(packContent(row))) return PUBLIC_HOLDS_UNPUBLISHED();
	if (!can(actor, 'publish:records')) return m.ws_pack_no_issue_editor();
	if (row.updated_by !== null && row.updated_by === actor.userId && (await fourEyesRequired(db)))
		return m.ws_pack_no_issue_four_eyes();
	return null;
}

/** Issues a draft: freezes its content and stores the PDF and .docx rendered from it. */
export async function issuePack(db: DB, ctx: PackContext, id: string, version: number) {
	const row = await getBriefingPack(db, id);
	const content = packContent(row);
	const refusal = await issueRefusal(db, ctx.actor, row, content.classification);
	if (refusal) {
		await audit(db, ctx, 'briefing.issue', id, { reason: refusal }, 'denied');
		throw new ValidationError({ _form: refusal });
	}
	const { pdf: pdfDoc, docx: docxDoc } = await freezePack(db, id, version, content, ctx.actor);
	await audit(db, ctx, 'briefing.issue', id, {
		classification: content.classification,
		pdfSha256: pdfDoc.sha256,
		docxSha256: docxDoc.sha256
	});
}

/** Renders a draft's documents and stores them with its content; who may issue is checked before. */
async function freezePack(
	db: DB,
	id: string,
	version: number,
	content: BriefingContent,
	by: { userId: string | null; email: string | null }
) {
	const at = now();
	const issue: PackIssue = {
		issuedAt: at,
		issuedBy: issuerName(content.classification, by.email),
		classification: content.classification
	};
	const [pdf, docx] = await Promise.all([renderPdf(content, issue), renderDocx(content, issue)]);
	const pdfDoc = { format: 'pdf' as const, bytes: pdf, sha256: sha256(pdf) };
	const docxDoc = { format: 'docx' as const, bytes: docx, sha256: sha256(docx) };
	const documents = [pdfDoc, docxDoc];
	await issueBriefingPack(
		db,
		id,
		version,
		{
			snapshot: JSON.stringify(content),
			isPublic: content.classification === 'public',
			documents,
			at
		},
		by.userId
	);
	return { pdf: pdfDoc, docx: docxDoc };
}

/**
 * The demo's issued public pack, built and issued by the code every pack goes through, from
 * the demo record alone; made once (its id is fixed) and, like any issued pack, never rebuilt.
 * Nobody's account issues it: the start-up does, before any user exists.
 */
export async function ensureDemoPack(db: DB, id: string, input: AssembleInput): Promise<boolean> {
	const existing = await db
		.selectFrom('briefing_packs')
		.where('id', '=', id)
		.select('id')
		.executeTakeFirst();
	if (existing) return false;
	await storeDraft(db, null, input, id);
	const row = await getBriefingPack(db, id);
	await freezePack(db, id, row.version, packContent(row), { userId: null, email: null });
	return true;
}

export async function withdrawPack(db: DB, ctx: PackContext, id: string, reason: string) {
	await withdrawBriefingPack(db, id, reason, ctx.actor.userId);
	await audit(db, ctx, 'briefing.withdraw', id, { reason });
}

/** A new draft with an issued pack's content, to change and issue again. */
export async function newDraftFrom(db: DB, ctx: PackContext, id: string): Promise<string> {
	const row = await getBriefingPack(db, id);
	const content = packContent(row);
	const copy = await createBriefingPack(
		db,
		{
			countryId: row.country_id,
			title: row.title,
			occasion: row.occasion,
			windowStart: row.window_start,
			windowEnd: row.window_end,
			themeSlugs: JSON.parse(row.theme_ids) as string[],
			selection: row.selection,
			body: JSON.stringify(content),
			isPublic: content.classification === 'public',
			basedOn: row.id
		},
		ctx.actor.userId
	);
	await audit(db, ctx, 'briefing.build', copy, { basedOn: row.id });
	return copy;
}

/** An issued document's stored bytes; downloads of internal packs are audited. */
export async function downloadPack(db: DB, ctx: PackContext, id: string, format: PackFormat) {
	const doc = await getBriefingDocument(db, id, format);
	if (!doc) return undefined;
	await audit(db, ctx, 'briefing.download', id, { format, sha256: doc.sha256 });
	return doc;
}

/** Records that a staff member opened an internal pack. */
export async function auditPackView(db: DB, ctx: PackContext, id: string) {
	await audit(db, ctx, 'briefing.view', id);
}
