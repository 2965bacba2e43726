/** Summary statistics of simulation draws, in float64 (statistics, not reported money). */
export interface DrawSummary {
  readonly mean: number;
  /** Sample standard deviation (n − 1); 0 for a single draw. */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly p5: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
}

/**
 * Percentile of sorted values with linear interpolation between closest ranks — Excel's
 * PERCENTILE.INC (Hyndman–Fan type 7).
 */
export function percentileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, n - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/** Summarises draws (sorts a copy; the input is not changed). Mean and variance by Welford. */
export function summarise(values: Float64Array): DrawSummary {
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] ?? 0;
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  const sorted = Float64Array.from(values).sort();
  const n = values.length;
  return {
    mean,
    sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0,
    min: sorted[0] ?? Number.NaN,
    max: sorted[n - 1] ?? Number.NaN,
    p5: percentileSorted(sorted, 0.05),
    p10: percentileSorted(sorted, 0.1),
    p50: percentileSorted(sorted, 0.5),
    p90: percentileSorted(sorted, 0.9),
    p95: percentileSorted(sorted, 0.95),
  };
}
