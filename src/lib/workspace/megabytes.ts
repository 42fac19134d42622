import { getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

/**
 * A file's size in megabytes as the interface language writes it: "5.0 MB", "5,0 МБ". Kazakh
 * as Russian (a decimal comma), since a browser's Intl may lack Kazakh number data and would
 * write the size otherwise after hydration (as PackDownloads does).
 */
export function megabytes(bytes: number): string {
	const size = new Intl.NumberFormat(getLocale() === 'kk' ? 'ru' : getLocale(), {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(bytes / 1_000_000);
	return m.ws_imp_megabytes({ size });
}
