import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/* axe-core's scan of the page in the browser, as one line per violation (the context needs bypassCSP). */

const AXE = fs.readFileSync(
	path.resolve(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
	'utf8'
);

interface AxeResult {
	violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: AXE });
	const result = (await page.evaluate(() =>
		(window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run()
	)) as AxeResult;
	return result.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}
