/* The browser build's per-language text chunks, by page node (vite/messages-by-language.ts); null where every message carries all its languages. */
declare module 'virtual:messages-by-language/*' {
	const nodes: (() => Promise<unknown>)[] | null;
	export default nodes;
}
