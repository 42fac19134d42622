import { packLocale } from '$lib/briefing/sections';
import { loadLanguage } from '$lib/message-loading';
import type { PageLoad } from './$types';

/* The pack's document is in the pack's language, which may not be the workspace's: its texts come first. */
export const load: PageLoad = async ({ data }) => {
	await loadLanguage(packLocale(data.content));
	return data;
};
