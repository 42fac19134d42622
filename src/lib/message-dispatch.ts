import { getLocale, type Locale } from '$lib/paraglide/runtime';

/*
 * The browser build's one copy of what each compiled Paraglide message repeats: call the
 * message of the page's language (or the one `options.locale` names), English otherwise. The
 * build puts `byLocale(en_x, ru_x, kk_x)` in place of each message's own copy (vite.config.ts,
 * sharedMessageDispatch), which was 75 bytes of script per message: 21 KB of the country page.
 */
type Variant<I> = (inputs: I) => string;

export function byLocale<I>(en: Variant<I>, ru: Variant<I>, kk: Variant<I>) {
	return (inputs = {} as I, options: { locale?: Locale } = {}): string => {
		const locale = options.locale ?? getLocale();
		return (locale === 'ru' ? ru : locale === 'kk' ? kk : en)(inputs);
	};
}
