import { dictionary } from '@zxcvbn-ts/language-common';

/*
 * The passwords people choose most, shipped with the app so the check needs no network:
 * zxcvbn-ts's list of 49,233 passwords from public breach data, plus a few it lacks
 * (long keyboard and alphabet runs, famous phrases, this app's own name). Built once, on
 * first use, as one set of lowercase entries. The set serves two checks: the whole password
 * ("dragonfly"), and its core word, the letters left once digits and symbols around it and
 * l33t swaps are removed ("Dragonfly2024!").
 */

const MISSING_FROM_LIBRARY: readonly string[] = [
	// keyboard and alphabet runs
	'qwe',
	'qwertz',
	'abc',
	'abcd',
	'abcdef',
	'abcdefghijkl',
	'abcdefghijklm',
	'abcdefghijklmnop',
	'abcdefghijklmnopqrstuvwxyz',
	'qwertyuiopasdf',
	'qwertyuiopasdfgh',
	'qwertyuiopasdfghjkl',
	'zxcvbnmasdfghjkl',
	'1q2w3e4r5t6y7u',
	'1q2w3e4r5t6y7u8i',
	'!qaz2wsx3edc',
	'a1b2c3d4e5f6',
	'abcd1234abcd',
	'qwer1234qwer',
	'asdf1234asdf',
	'1234567890qwertyuiop',
	// phrases and compounds
	'iloveyouforever',
	'iloveyoubaby',
	'ilovemymother',
	'ilovemydog',
	'happybirthday',
	'letmeinplease',
	'manchesterunited',
	'thequickbrownfox',
	'thequickbrownfoxjumpsoverthelazydog',
	'correcthorsebatterystaple',
	'secretpassword',
	'supersecret',
	'strongpassword',
	'securepassword',
	'verysecurepassword',
	// this app
	'login',
	'pledgewatch'
];

let common: Set<string> | undefined;

/** Whether `text` (already lowercase) is on the list. */
export function isCommonPassword(text: string): boolean {
	common ??= new Set(
		[...dictionary.passwords, ...MISSING_FROM_LIBRARY].map((entry) => entry.toLowerCase())
	);
	return common.has(text);
}
