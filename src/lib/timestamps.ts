/* Timestamps for account and audit pages: UTC, to the minute, the same on server and client. */
export function formatTimestamp(iso: string | null | undefined): string {
	if (!iso) return '';
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
