/*
 * Rewriting page data in place of a copy: the reader's language laid over what the read path
 * assembled (country names, translated record text). The data is shared with caches, so it is
 * never changed: what changes is copied, and what does not comes back as the same object, so
 * a cached page's memoised ETag still holds when nothing was rewritten.
 */

export type DataObject = Record<string, unknown>;

/** A plain object (not an array, not null). */
export const isDataObject = (v: unknown): v is DataObject =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `data` with every plain object in it, however deep, rewritten by `change`: it returns the
 * properties to replace, or null when there are none, and the object's other properties are
 * then rewritten the same way (the replaced ones are taken as `change` gave them).
 */
export function rewriteObjects<T>(data: T, change: (o: DataObject) => DataObject | null): T {
	const rewrite = (value: unknown): unknown => {
		if (Array.isArray(value)) {
			const mapped = value.map(rewrite);
			return mapped.some((v, i) => v !== value[i]) ? mapped : value;
		}
		if (!isDataObject(value)) return value;
		const replaced = change(value);
		let copy: DataObject | null = replaced ? { ...value, ...replaced } : null;
		for (const [k, v] of Object.entries(value)) {
			// A property `change` replaced is taken as it gave it, not walked again.
			if (typeof v !== 'object' || v === null || (replaced && k in replaced)) continue;
			const mapped = rewrite(v);
			if (mapped !== v) {
				copy ??= { ...value };
				copy[k] = mapped;
			}
		}
		return copy ?? value;
	};
	return rewrite(data) as T;
}
