import { afterEach, describe, expect, it } from 'vitest';
import { m } from '../../src/lib/paraglide/messages.js';

/*
 * Counted messages (a plural form and a formatted number) are called hundreds of times per
 * render of a large record's country page; building a new Intl object per call was a large
 * part of its cost (vite/cached-intl.ts). They make each language's formatters once, and
 * still answer in each language's own plural forms and digits.
 */

const { PluralRules, NumberFormat } = Intl;
afterEach(() => {
	Object.assign(Intl, { PluralRules, NumberFormat });
});

/** Counts the Intl objects of each kind made while `work` runs. */
function countMade(work: () => void): { plural: number; number: number } {
	const made = { plural: 0, number: 0 };
	Object.assign(Intl, {
		PluralRules: class extends PluralRules {
			constructor(...args: ConstructorParameters<typeof PluralRules>) {
				super(...args);
				made.plural++;
			}
		},
		NumberFormat: class extends NumberFormat {
			constructor(...args: ConstructorParameters<typeof NumberFormat>) {
				super(...args);
				made.number++;
			}
		}
	});
	work();
	return made;
}

describe('counted messages', () => {
	it('make at most one plural rule and one number format per language, however often called', () => {
		const texts: string[] = [];
		const made = countMade(() => {
			for (let round = 0; round < 20; round++) {
				for (const locale of ['en', 'ru', 'kk'] as const) {
					texts.push(m.n_documented_cases({ count: round }, { locale }));
				}
			}
		});
		expect(made.plural).toBeLessThanOrEqual(3);
		expect(made.number).toBeLessThanOrEqual(3);
		expect(texts).toHaveLength(60);
	});

	it.each([
		[1, 'en', '1 documented case'],
		[10_000, 'en', '10,000 documented cases'],
		[21, 'ru', '21 задокументированный случай'],
		[3, 'ru', '3 задокументированных случая'],
		[5, 'ru', '5 задокументированных случаев'],
		[10_000, 'ru', '10\u00a0000 задокументированных случаев'],
		[10_000, 'kk', '10\u00a0000 құжатталған жағдай']
	] as const)('still answer %s in %s with its plural form and digits', (count, locale, text) => {
		expect(m.n_documented_cases({ count }, { locale })).toBe(text);
	});
});
