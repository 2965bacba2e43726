/**
 * A tiny benchmark harness: warm-up, repeated timed runs, median and p90, several candidates
 * measured side by side in one process (interleaved round by round, so that a burst of load
 * from other processes hits every candidate alike), ratios against a baseline, and a target
 * check. No dependencies; `performance.now()` resolution is ample for the batch sizes used.
 */

/** One candidate: a name and a function doing one unit of work (`batch` times per sample). */
export interface Candidate {
  readonly name: string;
  readonly fn: () => unknown;
}

export interface MeasureOptions {
  /** Untimed calls before measuring (JIT warm-up). */
  readonly warmup?: number;
  /** Timed samples per candidate. */
  readonly runs?: number;
  /** Calls per sample; the sample is the batch's time ÷ batch. */
  readonly batch?: number;
}

export interface Stats {
  readonly name: string;
  /** Milliseconds per call. */
  readonly median: number;
  readonly p90: number;
  readonly min: number;
  readonly runs: number;
}

/** Where results are collected for the final summary. */
export interface TargetResult {
  readonly benchmark: string;
  readonly measured: string;
  readonly target: string;
  readonly met: boolean;
  readonly note?: string;
}

export const results: TargetResult[] = [];

let sink: unknown;
/** Keeps a value alive so that the engine cannot drop the work that produced it. */
export function consume(value: unknown): void {
  sink = value;
}
export function lastSink(): unknown {
  return sink;
}

function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/** Summarises samples (ms per call). */
export function stats(name: string, samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    min: sorted[0] ?? Number.NaN,
    runs: samples.length,
  };
}

/**
 * Measures candidates side by side: all are warmed up first, then each round takes one sample
 * of every candidate, in rotating order.
 */
export function measure(candidates: readonly Candidate[], options: MeasureOptions = {}): Stats[] {
  const warmup = options.warmup ?? 20;
  const runs = options.runs ?? 30;
  const batch = options.batch ?? 1;
  for (const c of candidates) for (let i = 0; i < warmup; i++) consume(c.fn());
  const samples = candidates.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < candidates.length; k++) {
      const idx = (k + r) % candidates.length;
      const c = candidates[idx] as Candidate;
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) consume(c.fn());
      (samples[idx] as number[]).push((performance.now() - t0) / batch);
    }
  }
  return candidates.map((c, i) => stats(c.name, samples[i] as number[]));
}

/** Formats a duration given in milliseconds with a sensible unit. */
export function formatMs(ms: number): string {
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1e3).toFixed(2)} µs`;
  if (ms < 1000) return `${ms.toFixed(2)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Prints a table of results; `ratio` is baseline median ÷ candidate median (> 1: faster). */
export function printTable(title: string, rows: readonly Stats[], baseline?: string): void {
  const base = rows.find((r) => r.name === baseline);
  console.log(`\n${title}`);
  const header = ['candidate', 'median', 'p90', 'runs', ...(base ? [`speed vs ${base.name}`] : [])];
  const body = rows.map((r) => [
    r.name,
    formatMs(r.median),
    formatMs(r.p90),
    String(r.runs),
    ...(base ? [`${(base.median / r.median).toFixed(2)}×`] : []),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`;
  console.log(line(header));
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of body) console.log(line(row));
}

/** Records and prints whether a target was met. */
export function checkTarget(result: TargetResult): void {
  results.push(result);
  console.log(
    `  target ${result.met ? 'MET' : 'MISSED'}: ${result.benchmark} — measured ${result.measured}, target ${result.target}${result.note ? ` (${result.note})` : ''}`,
  );
}

/** Calls the garbage collector when Node runs with `--expose-gc` (else does nothing). */
export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}
