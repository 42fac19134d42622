import { updateAccount } from './users.js';
import { actingAs, recordAudit, type AuditedBy } from '../audit.js';
import type { DB } from '../db/connect.js';
import { inTransaction } from '../repositories/records.js';
import { currentTime } from '../clock.js';
import type { Locale } from '../../paraglide/runtime.js';
import { asLocale } from './sessions.js';

/*
 * The language a person chooses for their own pages (workspace, account, admin), saved on the
 * account with its audit entry in one transaction. Until they choose, those pages are in the
 * language they signed in with (sessions.language).
 */

/** Saves the person's interface language; the language it replaced (null: none was chosen). */
export async function chooseInterfaceLanguage(
	db: DB,
	by: AuditedBy,
	language: Locale,
	now: Date = currentTime()
): Promise<{ from: Locale | null }> {
	return inTransaction(db, async (trx) => {
		const before = await trx
			.selectFrom('users')
			.select('interface_language')
			.where('id', '=', by.userId)
			.executeTakeFirstOrThrow();
		const from = asLocale(before.interface_language);
		if (from === language) return { from };
		await updateAccount(trx, by.userId, { interface_language: language }, now);
		await recordAudit(trx, {
			...actingAs(by),
			action: 'account.language',
			targetType: 'user',
			targetId: by.userId,
			detail: { from, to: language },
			now
		});
		return { from };
	});
}
