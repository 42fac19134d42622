import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';

/*
 * Loads the Russian or Kazakh interface texts a page needs, with the page's code. The browser
 * build makes one text chunk per language for each of SvelteKit's page nodes (a layout, a page,
 * an error page), holding the messages that node's code uses, and wraps SvelteKit's node
 * loaders (`withMessages`) so a node of a Russian page resolves only once its Russian texts are
 * in: hydration and every client navigation draw in the page's language from the first frame.
 * An English page loads no other language. In development and on the server the index is null:
 * every message carries all its languages there (vite/messages-by-language.ts).
 */
type Loader = () => Promise<unknown>;
type Index = { default: Loader[] | null };

const INDEXES: Partial<Record<Locale, () => Promise<Index>>> = {
	ru: () => import('virtual:messages-by-language/ru'),
	kk: () => import('virtual:messages-by-language/kk')
};

/* The nodes this page has loaded so far, for `loadLanguage`. */
const nodesLoaded = new Set<number>();

async function loadTexts(locale: Locale, node: number): Promise<void> {
	const index = INDEXES[locale];
	if (!index) return;
	await (await index()).default?.[node]?.();
}

/** SvelteKit's node loaders, each waiting for the page language's texts of its node too. */
export function withMessages<T>(nodes: (() => Promise<T>)[]): (() => Promise<T>)[] {
	return nodes.map((load, node) => async () => {
		nodesLoaded.add(node);
		const locale = getLocale();
		const [loaded] = await Promise.all([
			load(),
			locale === baseLocale ? undefined : loadTexts(locale, node)
		]);
		return loaded;
	});
}

/**
 * Loads a language's texts for the nodes loaded so far, for the few places that show messages
 * in a language other than the page's (the language suggestion, a briefing pack's document).
 */
export async function loadLanguage(locale: Locale): Promise<void> {
	await Promise.all([...nodesLoaded].map((node) => loadTexts(locale, node)));
}
