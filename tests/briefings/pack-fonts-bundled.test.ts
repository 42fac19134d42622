import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

/*
 * The fonts must be found after `npm ci && npm start`, where the documents run from a bundle
 * the production build wrote, not from src/. This bundles the PDF module as the server build
 * does (dependencies left external), runs it in a fresh Node process started from another
 * folder, and reads the PDF's embedded fonts. Pure: no database.
 */

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'node_modules', '.cache', 'packdocs-bundle');

describe('briefing pack fonts in a production bundle', () => {
	it('embeds DejaVu from node_modules, wherever the process starts', async () => {
		await build({
			configFile: false,
			root,
			logLevel: 'silent',
			resolve: { alias: { $lib: path.join(root, 'src/lib') } },
			build: {
				ssr: 'src/lib/server/briefings/documents/pdf.ts',
				outDir,
				emptyOutDir: true,
				rollupOptions: { output: { entryFileNames: 'pdf.js', format: 'es' } }
			}
		});
		const script = `
			const { renderPackPdf } = await import(${JSON.stringify(path.join(outDir, 'pdf.js'))});
			const content = JSON.parse(process.argv[1]);
			const bytes = await renderPackPdf(content, null);
			process.stdout.write(bytes.toString('base64'));`;
		const content = {
			version: 1,
			title: 'Қазақстан: Әлия Ұлықбекова',
			country: { code: 'XT', name: 'Testland (fictional)' },
			occasion: { engagementId: null, title: 'A visit', date: null },
			window: { from: null, to: null },
			themes: [],
			classification: 'internal',
			realNames: false,
			summary: { text: 'Ғ Қ Ң Ө Ұ Ү Һ І', figures: [] },
			pledges: [],
			figure: null,
			people: [],
			laws: [],
			eu: [],
			sinceLast: null,
			asks: [],
			talkingPoints: [],
			endnotes: [],
			limits: [],
			omitted: []
		};
		const out = execFileSync(
			process.execPath,
			['--input-type=module', '-e', script, JSON.stringify(content)],
			{ cwd: os.tmpdir(), maxBuffer: 64 * 1024 * 1024 }
		);
		const pdf = Buffer.from(out.toString(), 'base64').toString('latin1');
		expect(pdf.startsWith('%PDF-')).toBe(true);
		expect(pdf).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSerif/);
		expect(pdf).toMatch(/\/FontFile2/);
		fs.rmSync(outDir, { recursive: true, force: true });
	}, 120_000);
});
