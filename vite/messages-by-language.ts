import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

/*
 * The browser build's interface texts, split by language. Every compiled Paraglide message
 * (src/lib/paraglide/messages/<id>.js) holds its text in each language and ends in its own
 * copy of the code that picks the page's:
 *
 *   const en_id = /** @type ... *\/ (i) => { ... };
 *   const ru_id = ...;
 *   const kk_id = ...;
 *   export const id = /** @type ... *\/ ((inputs = {}, options = {}) => {
 *   	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
 *   	if (locale === "ru") return ru_id(inputs)
 *   	if (locale === "kk") return kk_id(inputs)
 *   	return en_id(inputs)
 *   });
 *
 * A page is in one language for its whole life in the browser (a change of language is a full
 * page load), so shipping every text in all three was two thirds waste. In the browser build:
 *
 * - each message keeps its English text and becomes `byLocale(n, en_id)`
 *   (src/lib/message-dispatch.ts), the language choice written once, n the message's number
 *   (its place among the ids in order: a few bytes where its name was twenty);
 * - for each of SvelteKit's page nodes and each other language, a chunk
 *   `virtual:messages-by-language/<lang>/<node>` puts the texts of the messages that node's
 *   code names into `texts[lang]`; Rollup shares the texts several nodes use between them, as
 *   it does the code;
 * - `virtual:messages-by-language/<lang>` lists those chunks by node, and SvelteKit's node
 *   loaders (the generated app.js) are wrapped to load them with each node
 *   (src/lib/message-loading.ts).
 *
 * Which messages a node names is read from its module graph: every word of its own modules'
 * code (not node_modules) that is a message id. That can only take too many, never miss one a
 * module names; a message named only by a computed key would be missed, and says so in the
 * console (byLocale). The server build and development are left as compiled, and there the
 * index modules are null. A message or app.js in any other shape (a new language, a new
 * Paraglide or SvelteKit) stops the build rather than being left as it is.
 */
const SPLIT = ['ru', 'kk'] as const;
const MESSAGE_DIR = 'src/lib/paraglide/messages';
const MESSAGE_MODULE = /\/src\/lib\/paraglide\/messages\/(?!_index\.js)([^/]+)\.js$/;
const PARAGLIDE = /\/src\/lib\/paraglide\//;
const APP = /\/\.svelte-kit\/generated\/client-optimized\/app\.js$/;
const NODES = /\nexport const nodes = \[\n([\s\S]*?)\n\];\n/;
const PREFIX = 'virtual:messages-by-language/';
const RESOLVED = '\0' + PREFIX;
const DISPATCH =
	/export const (\w+) = \/\*\*(?:(?!\*\/)[\s\S])*\*\/ \(\((?:inputs|inputs = \{\}), options = \{\}\) => \{\n\tconst locale = experimentalStaticLocale \?\? options\.locale \?\? getLocale\(\)\n\tif \(locale === "ru"\) return ru_\1\(inputs\)\n\tif \(locale === "kk"\) return kk_\1\(inputs\)\n\treturn en_\1\(inputs\)\n\}\);/;
const WORD = /\b[a-z]\w*/g;

/** A language's text of a compiled message: `(i) => { ... }`, its type comment included. */
function textOf(code: string, lang: string, id: string): { whole: string; fn: string } {
	const found = new RegExp(
		`\\nconst ${lang}_${id} = (/\\*\\*[^\\n]*?\\*/ \\(i?\\) => \\{[\\s\\S]*?\\n\\});\\n`
	).exec(code);
	if (!found?.[1]) throw new Error(`${MESSAGE_DIR}/${id}.js: no ${lang} text this build knows`);
	return { whole: found[0], fn: found[1] };
}

/* Only the browser build is split; the server build and development keep every text. */
const splits = (environment: { name: string; config: { command: string } }) =>
	environment.name === 'client' && environment.config.command === 'build';

export function messagesByLanguage(): Plugin {
	let root = process.cwd();
	let nodeCount: number | undefined;
	let ids: Map<string, number> | undefined;
	const moduleWords = new Map<string, Promise<string[]>>();
	const nodeMessages = new Map<number, Promise<string[]>>();

	/* Every message id, with the number the browser build knows it by (shorter than its name). */
	const messageIds = () =>
		(ids ??= new Map(
			fs
				.readdirSync(path.join(root, MESSAGE_DIR))
				.filter((f) => f.endsWith('.js') && f !== '_index.js')
				.map((f) => f.slice(0, -3))
				.sort()
				.map((id, n) => [id, n])
		));
	const numberOf = (id: string) => {
		const n = messageIds().get(id);
		if (n === undefined) throw new Error(`${MESSAGE_DIR}/${id}.js: not a message of this build`);
		return n;
	};

	/* The message ids a node's own modules name, over its static and dynamic imports. */
	async function messagesOfNode(context: Rollup.PluginContext, node: number): Promise<string[]> {
		const entry = path.join(root, '.svelte-kit/generated/client-optimized/nodes', `${node}.js`);
		const found = new Set<string>();
		const seen = new Set<string>();
		const queue = [entry];
		while (queue.length > 0) {
			const id = queue.pop() as string;
			if (seen.has(id) || id.startsWith('\0') || id.includes('/node_modules/')) continue;
			if (PARAGLIDE.test(id)) continue;
			seen.add(id);
			const info = await context.load({ id });
			let words = moduleWords.get(id);
			if (!words) {
				const known = messageIds();
				words = Promise.resolve([...(info.code ?? '').matchAll(WORD)].map((w) => w[0]));
				words = words.then((all) => [...new Set(all.filter((w) => known.has(w)))]);
				moduleWords.set(id, words);
			}
			for (const word of await words) found.add(word);
			queue.push(...info.importedIds, ...info.dynamicallyImportedIds);
		}
		return [...found].sort();
	}

	return {
		name: 'pledgewatch:messages-by-language',
		configResolved(config) {
			root = config.root;
		},
		resolveId(source) {
			if (source.startsWith(PREFIX)) return '\0' + source;
		},
		async load(id) {
			if (!id.startsWith(RESOLVED)) return;
			if (!splits(this.environment)) return 'export default null;';
			const [lang, node, message] = id.slice(RESOLVED.length).split('/');
			if (!lang || !(SPLIT as readonly string[]).includes(lang)) throw new Error(`${id}: unknown`);
			// The index: each node's text chunk, by node number.
			if (node === undefined) {
				if (nodeCount === undefined) throw new Error(`${id}: loaded before SvelteKit's app.js`);
				const loaders = Array.from(
					{ length: nodeCount },
					(_, n) => `\t() => import('${PREFIX}${lang}/${n}')`
				);
				return `export default [\n${loaders.join(',\n')}\n];\n`;
			}
			// A node's texts: the messages its code names.
			if (message === undefined) {
				const n = Number(node);
				let messages = nodeMessages.get(n);
				if (!messages) nodeMessages.set(n, (messages = messagesOfNode(this, n)));
				return (await messages).map((m) => `import '${PREFIX}${lang}/m/${m}';\n`).join('');
			}
			// One message's text in one language.
			const file = path.join(root, MESSAGE_DIR, `${message}.js`);
			const { fn } = textOf(fs.readFileSync(file, 'utf8'), lang, message);
			return (
				`import * as registry from '${path.join(root, 'src/lib/paraglide/registry.js')}';\n` +
				`import { texts } from '$lib/message-dispatch';\n` +
				`texts.${lang}[${numberOf(message)}] = ${fn};\n`
			);
		},
		transform(code, id) {
			if (!splits(this.environment)) return;
			if (APP.test(id)) {
				const list = NODES.exec(code)?.[1];
				if (!list || !/^(\t\(\) => import\('\.\/nodes\/\d+'\),?\n?)+$/.test(list))
					throw new Error(`${id}: not a SvelteKit app this build knows`);
				nodeCount = list.split('\n').length;
				return (
					"import { withMessages } from '$lib/message-loading';\n" +
					code.replace(NODES, (_, list) => `\nexport const nodes = withMessages([\n${list}\n]);\n`)
				);
			}
			const message = MESSAGE_MODULE.exec(id)?.[1];
			if (!message) return;
			if (!DISPATCH.test(code)) throw new Error(`${id}: not a compiled message this build knows`);
			let english = code;
			for (const lang of SPLIT) english = english.replace(textOf(code, lang, message).whole, '\n');
			return (
				"import { byLocale } from '$lib/message-dispatch';\n" +
				english.replace(
					DISPATCH,
					(_, name: string) =>
						`export const ${name} = /* @__PURE__ */ byLocale(${numberOf(name)}, en_${name});`
				)
			);
		}
	};
}
