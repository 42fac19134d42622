/*
 * The inlang plugin that reads messages/{locale}.json for Paraglide. It is local, not inlang's
 * JSON plugin, because that one is downloaded from a CDN when a project loads, and compiling
 * the messages must work offline (npm ci, CI, a build). The SDK imports this file as text, so
 * it imports nothing.
 *
 * The format: a key maps to a string with {name} placeholders, or to a plural message
 * { "plural": "count", "one": "...", "few": "...", "other": "..." } whose forms are the
 * Intl.PluralRules categories of its language ("other" is the fallback). Keys starting with
 * "$" (the schema) are skipped.
 */

const PLACEHOLDER = /\{(\w+)\}/g;

/* "{count} pledges" as inlang's pattern: text and variable references, the plural count formatted as a number. */
function pattern(text, numberVariable) {
	const parts = [];
	let last = 0;
	for (const match of text.matchAll(PLACEHOLDER)) {
		if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
		const name = match[1];
		parts.push({
			type: 'expression',
			arg: { type: 'variable-reference', name },
			...(name === numberVariable
				? { annotation: { type: 'function-reference', name: 'number', options: [] } }
				: {})
		});
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
	return parts;
}

function inputNames(value) {
	const texts = typeof value === 'string' ? [value] : Object.values(value);
	const names = new Set(typeof value === 'string' ? [] : [value.plural]);
	for (const text of texts) for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]);
	return [...names];
}

export default {
	key: 'pledgewatch.messages',

	toBeImportedFiles({ settings }) {
		const pathPattern = settings['pledgewatch.messages'].pathPattern;
		return settings.locales.map((locale) => ({
			locale,
			path: pathPattern.replace('{locale}', locale)
		}));
	},

	importFiles({ files }) {
		const bundles = new Map();
		const messages = [];
		const variants = [];
		for (const file of files) {
			const json = JSON.parse(new TextDecoder().decode(file.content));
			for (const [key, value] of Object.entries(json)) {
				if (key.startsWith('$')) continue;
				const declarations = bundles.get(key)?.declarations ?? [];
				for (const name of inputNames(value))
					if (!declarations.some((d) => d.name === name))
						declarations.push({ type: 'input-variable', name });
				if (typeof value === 'string') {
					bundles.set(key, { id: key, declarations });
					messages.push({ bundleId: key, locale: file.locale, selectors: [] });
					variants.push({
						messageBundleId: key,
						messageLocale: file.locale,
						matches: [],
						pattern: pattern(value)
					});
					continue;
				}
				const selector = `${value.plural}Plural`;
				if (!declarations.some((d) => d.name === selector))
					declarations.push({
						type: 'local-variable',
						name: selector,
						value: {
							type: 'expression',
							arg: { type: 'variable-reference', name: value.plural },
							annotation: { type: 'function-reference', name: 'plural', options: [] }
						}
					});
				bundles.set(key, { id: key, declarations });
				messages.push({
					bundleId: key,
					locale: file.locale,
					selectors: [{ type: 'variable-reference', name: selector }]
				});
				const forms = Object.keys(value).filter((form) => form !== 'plural' && form !== 'other');
				for (const form of [...forms, 'other'])
					variants.push({
						messageBundleId: key,
						messageLocale: file.locale,
						matches: [
							form === 'other'
								? { type: 'catchall-match', key: selector }
								: { type: 'literal-match', key: selector, value: form }
						],
						pattern: pattern(value[form], value.plural)
					});
			}
		}
		return { bundles: [...bundles.values()], messages, variants };
	},

	/* Messages are edited in the JSON files, never written back by tools. */
	exportFiles() {
		return [];
	}
};
