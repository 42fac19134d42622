import { generateHOTP } from '@oslojs/otp';
import { totpStep } from '../../src/lib/server/auth/totp.js';

/*
 * An authenticator app for tests: it shows the code for the current 30-second step, computed
 * from the clock the server also reads, and never waits. The server accepts each step once per
 * user (replay protection, proven in tests/auth/accounts.test.ts), so signing the same user in
 * again within a step would be rightly refused; signInContext (staff.ts) has the test server
 * forget the user's last used step first, the way a new step would, instead of waiting up to
 * 30 s for the real clock.
 */

export interface Authenticator {
	/** The code for the current step. */
	code(): Promise<string>;
}

export function authenticator(key: Uint8Array): Authenticator {
	return {
		async code() {
			return generateHOTP(key, BigInt(totpStep(new Date())), 6);
		}
	};
}
