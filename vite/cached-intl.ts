import type { Plugin } from 'vite';

/*
 * Paraglide's formatters, made once per language and options. Its compiled registry
 * (src/lib/paraglide/registry.js) builds a new Intl.PluralRules or Intl.NumberFormat on every
 * call of a counted message:
 *
 *   export function plural(locale, input, options) {
 *   	return new Intl.PluralRules(locale, options).select(Number(input))
 *   };
 *
 * and a country page calls such messages on every card (hundreds of times a render); building
 * an Intl object costs far more than using one. Intl objects are immutable and give the same
 * answer for the same language and options, so each is made once and kept. The options of
 * every compiled message are literals (`{}` today), so the kept objects are few. A registry in
 * any other shape (a new Paraglide) stops the build rather than being left as it is.
 */
const REGISTRY = /\/src\/lib\/paraglide\/registry\.js$/;
const CONSTRUCTIONS = {
	'new Intl.PluralRules(locale, options)': "kept('plural', Intl.PluralRules, locale, options)",
	'new Intl.NumberFormat(locale, options)': "kept('number', Intl.NumberFormat, locale, options)"
};

const KEPT = `
const keptFormats = new Map();
function kept(kind, Format, locale, options) {
	const key = \`\${kind}|\${locale}|\${JSON.stringify(options ?? {})}\`;
	let format = keptFormats.get(key);
	if (!format) keptFormats.set(key, (format = new Format(locale, options)));
	return format;
}
`;

/** Rewrites the registry's per-call constructions into lookups of kept formatters. */
export function keepIntlFormats(code: string, id = 'registry.js'): string {
	let out = code;
	for (const [made, reused] of Object.entries(CONSTRUCTIONS)) {
		if (out.split(made).length !== 2) throw new Error(`${id}: expected one \`${made}\``);
		out = out.replace(made, reused);
	}
	return out + KEPT;
}

export function cachedIntl(): Plugin {
	return {
		name: 'pledgewatch:cached-intl',
		transform(code, id) {
			if (REGISTRY.test(id)) return { code: keepIntlFormats(code, id), map: null };
		}
	};
}
