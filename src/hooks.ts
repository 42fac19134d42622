import type { Reroute } from '@sveltejs/kit';
import { splitPath } from '$lib/i18n';

/* /ru/countries/kz and /kk/countries/kz are /countries/kz in another language: one route tree. */
export const reroute: Reroute = ({ url }) => splitPath(url.pathname).path;
