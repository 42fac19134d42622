import { generateHOTP } from '@oslojs/otp';

/*
 * An authenticator app for tests. The server accepts each 30-second step once (replays fail),
 * so signing in twice within one step with the current code is rightly refused. This app
 * remembers the last step it showed and gives the next unused one: the current step, or the
 * step after it (accepted for clock drift), and waits for the clock when both are spent.
 */

const PERIOD_MS = 30_000;

export interface Authenticator {
	/** A code the server has not seen for this key yet. */
	code(): Promise<string>;
}

export function authenticator(key: Uint8Array): Authenticator {
	let lastStep = -Infinity;
	return {
		async code() {
			let now = Math.floor(Date.now() / PERIOD_MS);
			while (lastStep >= now + 1) {
				await new Promise((resolve) =>
					setTimeout(resolve, (now + 1) * PERIOD_MS - Date.now() + 50)
				);
				now = Math.floor(Date.now() / PERIOD_MS);
			}
			const step = Math.max(now, lastStep + 1);
			lastStep = step;
			return generateHOTP(key, BigInt(step), 6);
		}
	};
}
