/* Timing helpers shared by the benchmarks. */

/* Import and search run over this many cases (the public pages over 10,000 and 100). */
export const BENCH_CASES = Number(process.env.BENCH_CASES ?? 20_000);

/** Median wall time in milliseconds of `runs` calls, after one warm-up call. */
export async function medianMs(fn: () => Promise<unknown>, runs = 15): Promise<number> {
	await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] as number;
}

export async function onceMs(fn: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await fn();
	return performance.now() - start;
}

/** A plain text table: one header row, then rows, columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
export const ratio = (n: number) => `${n.toFixed(2)}x`;

/** The middle value (the lower middle of an even count). */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/** Rounds every comparison runs in; the median of each ratio over the rounds is what counts. */
export const ROUNDS = 3;

/**
 * Runs `round` ROUNDS times and returns each named value's median over the rounds. Each round
 * measures every target once, in the same order, so drift in the machine's load (the other
 * engineers' builds, say) hits the target and its baseline alike.
 */
export async function interleaved<K extends string>(
	round: (index: number) => Promise<Record<K, number>>
): Promise<Record<K, number>> {
	const rounds: Record<K, number>[] = [];
	for (let i = 0; i < ROUNDS; i++) rounds.push(await round(i));
	const names = Object.keys(rounds[0] ?? {}) as K[];
	return Object.fromEntries(names.map((n) => [n, median(rounds.map((r) => r[n]))])) as Record<
		K,
		number
	>;
}
