import { getLocale } from '$lib/paraglide/runtime';

/*
 * A name written as a heading ("Cases", "Human rights raised") as it stands inside a sentence
 * of the interface language. English lowercases it ("No cases match"); Russian and Kazakh
 * keep it as written, because their messages set it apart (in quotes or after a colon) and
 * lowercasing would spoil abbreviations (ЕС, ЕО).
 */
export function inSentence(name: string): string {
	return getLocale() === 'en' ? name.toLowerCase() : name;
}
