import type { BriefingPackRow } from '../repositories/briefing-packs.js';

/** A pack's identity and where it stands (issued, withdrawn, what it was drafted from), as its page shows them. */
export function packState(row: BriefingPackRow) {
	return {
		id: row.id,
		version: row.version,
		issuedAt: row.issued_at,
		withdrawnAt: row.withdrawn_at,
		withdrawnReason: row.withdrawn_reason,
		basedOn: row.based_on,
		updatedAt: row.updated_at
	};
}
