import { describe, expect, it } from 'vitest';
import { safeNext } from '../../src/lib/server/auth/request.js';

/*
 * Where sign-in may send someone afterwards. Each payload is what an attacker would put in
 * ?next=; browsers read tab and newline as nothing and a backslash as a slash, so the raw
 * string must never reach the Location header.
 */

describe('safeNext', () => {
	it.each([
		['/\t/evil.example'],
		['/\t\\evil.example'],
		['//evil.example'],
		['/\\evil.example'],
		['\\/evil.example'],
		['/\n/evil.example'],
		['/\r\n/evil.example'],
		['/.//evil.example'],
		['/..//evil.example'],
		['https://evil.example/'],
		['http:evil.example'],
		['javascript:alert(1)'],
		['evil.example'],
		[' //evil.example'],
		['\t//evil.example'],
		[''],
		[null],
		[undefined]
	])('refuses %j and sends the person to the workspace', (payload) => {
		expect(safeNext(payload)).toBe('/workspace');
	});

	it.each([
		['/workspace', '/workspace'],
		['/workspace/cases?status=draft#list', '/workspace/cases?status=draft#list'],
		['/countries/kz', '/countries/kz'],
		['/admin/../workspace', '/workspace'],
		['/%09/evil.example', '/%09/evil.example'],
		['/work\tspace', '/workspace']
	])('keeps %j as the parsed path %j', (payload, expected) => {
		expect(safeNext(payload)).toBe(expected);
	});

	it('uses the given fallback', () => {
		expect(safeNext('//evil.example', '/account')).toBe('/account');
	});
});
