/*
 * The one place the server reads the time, so tests can pin it (setClock) instead of faking
 * timers, which would also freeze the database drivers' own timeouts. Public pages ask it for
 * "today" too, so a pinned clock pins what they show as ongoing.
 */

let override: (() => Date) | null = null;

/** The current time. */
export function currentTime(): Date {
	return override ? override() : new Date();
}

/** The current time in milliseconds since the epoch, for durations and expiry. */
export function currentMs(): number {
	return currentTime().getTime();
}

/** The current time as an ISO-8601 UTC timestamp, the format every *_at column stores. */
export function now(): string {
	return currentTime().toISOString();
}

/** Today's date (UTC) as YYYY-MM-DD. */
export function today(): string {
	return now().slice(0, 10);
}

/** Pins the clock for tests; pass null to return to the real time. */
export function setClock(fn: (() => Date) | null): void {
	override = fn;
}
