import { actingAs, recordAudit, type AuditedBy } from '../audit.js';
import type { DB } from '../db/connect.js';
import { inTransaction } from '../repositories/records.js';
import { setFourEyesRequired } from '../workspace/settings.js';

/*
 * An admin turning the four-eyes rule on or off. The audit log records it as a publication
 * setting with the change, in one transaction, so publications made while the rule was off
 * can be told apart later.
 */
export async function setFourEyesRule(db: DB, by: AuditedBy, required: boolean): Promise<void> {
	await inTransaction(db, async (trx) => {
		await setFourEyesRequired(trx, required, by.userId);
		await recordAudit(trx, {
			...actingAs(by),
			action: 'publication',
			targetType: 'setting',
			targetId: 'four_eyes',
			detail: { four_eyes: required }
		});
	});
}
