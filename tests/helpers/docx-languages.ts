import { readZip } from '../../src/lib/server/briefings/documents/stable-zip';

/*
 * A .docx's text, run by run, with the language each run's properties give it (Word's w:lang),
 * or undefined where only the document's own language applies.
 */

export interface RunText {
	text: string;
	lang: string | undefined;
}

/** The text of each run of the document's body with the language its properties give it. */
export function docxRuns(bytes: Buffer): RunText[] {
	const xml = readZip(bytes)
		.find((e) => e.name === 'word/document.xml')
		?.data.toString('utf8');
	if (!xml) throw new Error('The .docx has no word/document.xml');
	return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, run = '']) => ({
		text: [...run.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
		lang: /<w:lang w:val="([^"]+)"/.exec(run)?.[1]
	}));
}

/** The language of the first run that contains `needle` (failing when none does). */
export function docxLangOf(runs: readonly RunText[], needle: string): string | undefined {
	const run = runs.find((r) => r.text.includes(needle));
	if (!run) throw new Error(`"${needle}" is not in a run of the .docx`);
	return run.lang;
}
