import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/*
 * Russian versions of a few demo cases (issue 12, item 3): translations of the English text in
 * demo-kazakhstan.ts, which itself says only what the source says. They add nothing to it, and
 * each description ends by saying that the translation is the project's own, since the source
 * was published in English. Loaded as published, like the rest of the demo. No Kazakh text
 * is shipped: the project has nobody to check a Kazakh translation yet.
 */

const MARK = '*Перевод Pledgewatch с английского; источник опубликован на английском языке.*';

interface DemoTranslation {
	caseId: string;
	title: string;
	description: string;
}

export const DEMO_TRANSLATIONS_RU: DemoTranslation[] = [
	{
		caseId: 'kz-case-dck-ban',
		title: '«Демократический выбор Казахстана» запрещён как «экстремистский»',
		description:
			'Группа запрещена как «экстремистская» с 2018 года. По данным источника, судебное решение, на котором основан запрет, не содержало доказательств того, что она призывала к насильственному экстремизму или занималась им.'
	},
	{
		caseId: 'kz-case-koshe-ban',
		title: 'Партия «Көше» («Улица») запрещена как «экстремистская»',
		description:
			'Партия запрещена как «экстремистская» в 2020 году; источник сообщает о том же отсутствии доказательств насильственного экстремизма, что и при запрете 2018 года.'
	},
	{
		caseId: 'kz-case-bokaev-imprisonment',
		title: 'Макс Бокаев заключён в тюрьму за мирный протест',
		description:
			'Активист отбыл пятилетний срок заключения, который источник называет несправедливым, за мирный протест против предложенных земельных реформ.'
	},
	{
		caseId: 'kz-case-bokaev-restrictions',
		title: 'Максу Бокаеву запрещена деятельность в гражданском обществе после освобождения',
		description:
			'Новые ограничения, наложенные при его освобождении в феврале 2021 года, запрещают ему заниматься деятельностью в гражданском обществе.'
	}
];

/** Writes the demo's Russian translations as published, replacing earlier copies of them. */
export async function writeDemoTranslations(db: Kysely<Database>, at: string): Promise<void> {
	for (const t of DEMO_TRANSLATIONS_RU) {
		for (const [field, text] of [
			['title', t.title],
			['description', `${t.description}\n\n${MARK}`]
		] as const) {
			const row = {
				record_type: 'case' as const,
				record_id: t.caseId,
				field,
				lang: 'ru' as const,
				text,
				published_text: text,
				contributors: '[]',
				version: 1,
				created_at: at,
				created_by: null,
				updated_at: at,
				updated_by: null,
				published_at: at,
				published_by: null
			};
			const { record_type: _t, record_id: _r, field: _f, lang: _l, ...rest } = row;
			await db
				.insertInto('translations')
				.values({ id: `demo-ru-${t.caseId}-${field}`, ...row })
				.onConflict((oc) =>
					oc.columns(['record_type', 'record_id', 'field', 'lang']).doUpdateSet(rest)
				)
				.execute();
		}
	}
}
