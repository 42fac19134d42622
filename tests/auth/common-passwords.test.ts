import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../src/lib/server/auth/passwords.js';
import { isCommonPassword } from '../../src/lib/server/auth/common-passwords.js';

/*
 * The common-password check uses zxcvbn-ts's breach list (49,233 entries) for whole passwords
 * and for their core word, plus a short hand list of what that list lacks.
 */

describe('the common-password list', () => {
	it('holds the breach list and the runs it lacks', () => {
		expect(isCommonPassword('dragonfly')).toBe(true);
		expect(isCommonPassword('123456789012')).toBe(true);
		expect(isCommonPassword('qwertyuiopasdfgh')).toBe(true);
		expect(isCommonPassword('pledgewatch')).toBe(true);
		expect(isCommonPassword('steppearchivelantern')).toBe(false);
	});
});

describe('refusing common passwords', () => {
	it.each([
		// whole passwords on the breach list
		'123456789012',
		'1qaz2wsx3edc',
		'LeaveMeAlone',
		// a listed word with digits and symbols around it, l33t swaps included
		'Dragonfly2024!',
		'!!Butterfly1987',
		'Liverpool1892!',
		'Sunsh1ne!!2024',
		'P@ssw0rd!!2025',
		'Welcome123456',
		'mustang123456',
		'Kazakhstan2021',
		// runs and names the breach list lacks
		'1234567890qwertyuiop',
		'qwertyuiopasdfgh',
		'abcdefghijkl',
		'Pledgewatch2025!',
		'correct horse battery staple',
		// a repeated word
		'Trustno1trustno1'
	])('refuses %s and says what to do', (password) => {
		expect(passwordProblem(password)).toBe(
			'That password is too common: it is on lists of leaked passwords, or is a common word ' +
				'with numbers or symbols added. Choose a less predictable one, such as four or five ' +
				'unrelated words.'
		);
	});

	it.each([
		'Steppe-Archive-Lantern-42',
		'amber kettle over seven hills',
		'lantern orbit forty meadow',
		'quiet harbour under tall cedars',
		'a long and unusual passphrase',
		'Basalt-Otter-Quill-19',
		'7Rq!xv2Lp9mZ',
		'marble tiger seventeen wharf'
	])('accepts %s', (password) => {
		expect(passwordProblem(password)).toBeNull();
	});
});
