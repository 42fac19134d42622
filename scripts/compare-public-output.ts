// Compares what public pages send before and after a refactor, so "behaviour must not change"
// can be checked rather than believed:
//
//   npx tsx scripts/compare-public-output.ts save <base-url> <dir> <path>...
//       fetches each path from a running app and keeps the raw answers in <dir>
//   npx tsx scripts/compare-public-output.ts <a> <b> <path>...
//       compares two sources, each a base URL (http://127.0.0.1:3000) or a saved <dir>
//
// Paths can also be read from a file with `--paths <file>` (one a line, # starts a comment).
// `--ignore <regexp>` (repeatable) removes matches from both sides first, for a difference a
// change means to make (say it in the commit).
// Before comparing, both sides are stripped of what a rebuild or a component split changes
// without changing the page: Svelte's hydration comment markers, scoped `svelte-xxxx` class
// hashes, and the build's hashed asset names and per-build identifiers. Everything else (text,
// links, attributes, SVG elements, the page data in the boot script) must match exactly.
// A JSON answer (the open-data API, timeline.json) is compared as the value it parses to, laid
// out one way, so its indentation or whitespace may change while every key, value and order of
// its data must match.
// Prints the first difference of each path and exits 1 when any path differs.
import fs from 'node:fs';
import path from 'node:path';

interface Answer {
	status: number;
	body: string;
	/** The host and port the answer came from: pages name themselves in canonical links. */
	host: string;
}

function usage(message: string): never {
	console.error(`compare-public-output: ${message}`);
	console.error(
		'usage: compare-public-output.ts save <base-url> <dir> <path>... | <a> <b> <path>... (a, b: base URL or saved dir); paths also from --paths <file>; --ignore <regexp> to drop an intended difference'
	);
	process.exit(2);
}

/** A path as a file name: the whole path and query, encoded so it is one flat name. */
const fileFor = (dir: string, p: string) => path.join(dir, `${encodeURIComponent(p)}.txt`);

const isUrl = (source: string) => /^https?:\/\//.test(source);

async function read(source: string, p: string): Promise<Answer> {
	if (isUrl(source)) {
		const url = new URL(p, source);
		const response = await fetch(url, { redirect: 'manual' });
		return { status: response.status, body: await response.text(), host: url.host };
	}
	const file = fileFor(source, p);
	if (!fs.existsSync(file)) usage(`${file} is missing: save ${p} into ${source} first`);
	const text = fs.readFileSync(file, 'utf8');
	// A saved answer starts with two lines: its status and the host it was fetched from.
	const [status = '', host = '', ...body] = text.split('\n');
	return { status: Number(status), body: body.join('\n'), host };
}

/** Drops what differs between builds or component boundaries but not in what a reader gets. */
function normalise(answer: Answer, ignore: RegExp[]): string {
	const text = ignore.reduce((t, re) => t.replace(re, ''), answer.body);
	return (
		text
			// The address the app was reached at (canonical and social links name it).
			.replaceAll(answer.host, 'HOST')
			// Svelte's hydration markers: <!--[-->, <!--]-->, <!---->, <!--[!-->...
			.replace(/<!--[\s\S]*?-->/g, '')
			// Scoped style hashes, then any class attribute they leave empty.
			.replace(/(\s*)\bsvelte-[a-z0-9]{4,}\b/g, '')
			.replace(/\sclass=""/g, '')
			// Stylesheet and module-preload links name the build's chunks: their number and
			// names follow how the bundler split the code, not what the page shows.
			.replace(/<link\b[^>]*_app\/immutable\/[^>]*>\s*/g, '')
			.replace(/(_app\/immutable\/[\w/-]*?)[.-][\w-]{8}\.(js|css)/g, '$1.HASH.$2')
			.replace(/__sveltekit_[a-z0-9]+/g, '__sveltekit_BUILD')
			// The boot script's node list and chunk imports, likewise the build's business.
			.replace(/import\("[^"]*_app\/immutable\/[^"]*"\)/g, 'import(CHUNK)')
	);
}

/**
 * A JSON answer as its parsed value laid out alike on both sides (a line per value, so a
 * difference names its line); anything that does not parse as JSON is left as it is.
 */
function asParsedJson(text: string): string {
	if (!/^\s*[[{]/.test(text)) return text;
	try {
		return JSON.stringify(JSON.parse(text), null, 1);
	} catch {
		return text;
	}
}

/** The first differing character, with what surrounds it on either side. */
function firstDifference(a: string, b: string): string | null {
	if (a === b) return null;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const line = a.slice(0, i).split('\n').length;
	const show = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 160), i + 160));
	return [
		`  first difference at character ${i} (line ${line}) of ${a.length} / ${b.length}:`,
		`  a: ${show(a)}`,
		`  b: ${show(b)}`
	].join('\n');
}

async function main(argv: string[]): Promise<number> {
	const args = [...argv];
	const paths: string[] = [];
	const ignore: RegExp[] = [];
	for (let at = args.indexOf('--ignore'); at !== -1; at = args.indexOf('--ignore')) {
		ignore.push(new RegExp(args[at + 1] ?? usage('--ignore needs a regular expression'), 'g'));
		args.splice(at, 2);
	}
	const at = args.indexOf('--paths');
	if (at !== -1) {
		const file = args[at + 1] ?? usage('--paths needs a file');
		args.splice(at, 2);
		paths.push(
			...fs
				.readFileSync(file, 'utf8')
				.split('\n')
				.map((line) => line.replace(/#.*/, '').trim())
				.filter(Boolean)
		);
	}

	if (args[0] === 'save') {
		const [, base, dir, ...rest] = args;
		if (!base || !isUrl(base) || !dir) usage('save needs a base URL and a directory');
		paths.push(...rest);
		if (paths.length === 0) usage('no paths given');
		fs.mkdirSync(dir, { recursive: true });
		for (const p of paths) {
			const answer = await read(base, p);
			fs.writeFileSync(fileFor(dir, p), `${answer.status}\n${answer.host}\n${answer.body}`);
			console.log(`saved ${answer.status} ${p}`);
		}
		return 0;
	}

	const [a, b, ...rest] = args;
	if (!a || !b) usage('give two sources to compare');
	paths.push(...rest);
	if (paths.length === 0) usage('no paths given');
	let differing = 0;
	for (const p of paths) {
		const [left, right] = await Promise.all([read(a, p), read(b, p)]);
		const problem =
			left.status !== right.status
				? `  status ${left.status} / ${right.status}`
				: firstDifference(
						asParsedJson(normalise(left, ignore)),
						asParsedJson(normalise(right, ignore))
					);
		if (problem) {
			differing++;
			console.log(`DIFFERS ${p}\n${problem}`);
		} else {
			console.log(
				`same    ${p} (${left.status}, ${left.body.length} / ${right.body.length} bytes)`
			);
		}
	}
	console.log(
		differing === 0
			? `All ${paths.length} paths give the same output.`
			: `${differing} of ${paths.length} paths differ.`
	);
	return differing === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
