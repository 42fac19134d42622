import type { DB } from '../db/connect.js';
import type { Role } from '../db/schema.js';
import { twoFactorRequired } from '../policy.js';
import { replaceRecoveryCodes } from './recovery-codes.js';
import type { ClientInfo } from './request.js';
import { confirmedBySecondFactor, type StepResult } from './signin.js';
import { resetTwoFactor } from './users.js';

/*
 * Changes a person makes to their own two-factor sign-in once it is on, each confirmed with a
 * code from their app and written with its audit entry in one transaction.
 */

interface Confirmation {
	userId: string;
	code: string;
	client: ClientInfo;
}

/** Replaces all recovery codes; the new ones are returned for showing once. */
export async function renewRecoveryCodes(
	db: DB,
	input: Confirmation
): Promise<StepResult<string[]>> {
	return confirmedBySecondFactor(db, { ...input, action: 'two-factor.recovery-codes' }, (trx) =>
		replaceRecoveryCodes(trx, input.userId)
	);
}

/** Turns two-factor sign-in off, which ends every session; refused where the role requires it. */
export async function turnOffTwoFactor(
	db: DB,
	input: Confirmation & { role: Role }
): Promise<StepResult<void> | { kind: 'required' }> {
	if (twoFactorRequired(input.role)) return { kind: 'required' };
	return confirmedBySecondFactor(db, { ...input, action: 'two-factor.disable' }, (trx) =>
		resetTwoFactor(trx, input.userId)
	);
}
