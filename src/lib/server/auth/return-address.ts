/*
 * The `next` address of the sign-in pages, checked before anything else happens. A control
 * character (a newline, carriage return, NUL, or a Unicode line or paragraph separator), or
 * any other character beyond ASCII left as it is, cannot go into the Location header of the
 * redirect that ends a sign-in: Node refuses the header and the answer became a 500, after
 * the session had been created. No link the app makes holds one (it percent-encodes `next`,
 * and a URL's path and query are percent-encoded already), so such an address is refused
 * with a 400. A tab is the exception: the URL parser drops it, as browsers do, so safeNext
 * reads the address without it. Whether the address stays on this site is safeNext's
 * business, not this one's.
 */

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;
const BEYOND_ASCII = /[^\t -~]/;

/** What is wrong with a `next` value, or null when it may be used. */
export function nextProblem(value: FormDataEntryValue | string | null | undefined): string | null {
	if (typeof value !== 'string') return null;
	if (CONTROL.test(value)) {
		return 'The address to return to after signing in (“next”) contains control characters. Remove “next” from the address, or follow the link that brought you here again.';
	}
	if (BEYOND_ASCII.test(value)) {
		return 'The address to return to after signing in (“next”) has characters that are not percent-encoded. Remove “next” from the address, or follow the link that brought you here again.';
	}
	return null;
}
