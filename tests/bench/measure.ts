/* Timing helpers shared by the benchmarks. */

export const BENCH_CASES = Number(process.env.BENCH_CASES ?? 100_000);

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
