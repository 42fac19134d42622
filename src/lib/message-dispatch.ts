import { baseLocale, getLocale, locales, type Locale } from '$lib/paraglide/runtime';

/*
 * How a message picks its language in the browser build. Each compiled Paraglide message keeps
 * only its English text there (English is the base language and the fallback); the build puts
 * `byLocale(n, en_id)` (n: the message's number) in place of the message's own choice between its three texts
 * (vite/messages-by-language.ts). The Russian and Kazakh texts come in chunks of their own,
 * loaded with the code of each page of that language (src/lib/message-loading.ts), and enter
 * `texts` as they arrive. The server build is left as compiled, with every language.
 */
type Text = (inputs: unknown) => string;

/** The loaded texts of the languages other than English, by language and message number. */
export const texts: Partial<Record<Locale, Record<number, Text>>> = Object.fromEntries(
	locales.filter((locale) => locale !== baseLocale).map((locale) => [locale, {}])
);

export function byLocale<I>(id: number, en: (inputs: I) => string) {
	return (inputs = {} as I, options: { locale?: Locale } = {}): string => {
		const locale = options.locale ?? getLocale();
		if (locale === baseLocale) return en(inputs);
		const text = texts[locale]?.[id];
		if (text) return text(inputs);
		// A page whose code was loaded without its language's texts: a build fault, made loud.
		console.error(`message ${id}: no ${locale} text loaded, showing English`);
		return en(inputs);
	};
}
