/*
 * Splits text into plain and matched parts for the words searched, so a list can mark them
 * (<mark>) without building HTML from strings.
 */
export interface Part {
	text: string;
	match: boolean;
}

export function highlight(text: string, q: string): Part[] {
	const words = q
		.split(/\s+/)
		.map((w) => w.replace(/["*()]/g, '').trim())
		.filter((w) => w.length > 0);
	if (words.length === 0) return [{ text, match: false }];
	const pattern = new RegExp(
		`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
		'giu'
	);
	return text
		.split(pattern)
		.filter((part) => part !== '')
		.map((part) => ({
			text: part,
			match: words.some((w) => w.toLowerCase() === part.toLowerCase())
		}));
}
