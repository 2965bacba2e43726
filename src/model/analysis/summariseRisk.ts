import { type DrawSummary, summarise } from '../../projection/_lib/stats.js';

/** The default number of histogram bins of a simulated output. */
export const DEFAULT_HISTOGRAM_BINS = 20;

/**
 * A histogram of an output's defined draws: `counts[k]` draws lie in `[edges[k], edges[k + 1])`,
 * the last bin closed on the right (it holds the maximum). Edges are evenly spaced from the
 * smallest draw to the largest; when every draw is equal there is one bin `[x, x]`.
 */
export interface RiskHistogram {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
}

/** What a simulation says about one output. */
export interface SimulatedScenarioOutput {
  /** The output's name (`npv.withPli`, `pliPaid[lsem-domestic-mobile]@FY2023-24`). */
  readonly output: string;
  /** Draws in which the output is defined (a number). */
  readonly defined: number;
  /** Draws in which it is undefined (NaN: an IRR without a sign change, a payback never reached). */
  readonly undefinedDraws: number;
  /** P5…P95 (Excel PERCENTILE.INC), mean, sd, min and max of the defined draws; null if none. */
  readonly summary: DrawSummary | null;
  /** The share of defined draws below zero (P(NPV < 0) for `npv.*`); null if none is defined. */
  readonly probabilityBelowZero: number | null;
  /** The histogram of the defined draws; null if none is defined. */
  readonly histogram: RiskHistogram | null;
  /**
   * For a `pliPaid[…]@FY` output: the share of all draws in which that year's thresholds are
   * met (its value is 1).
   */
  readonly paidShare?: number;
  /** Every draw (NaN where undefined), when `keepDraws` was set. */
  readonly draws?: Float64Array;
}

/**
 * Sorts a histogram's edges and counts from defined values: `bins` even bins from min to max.
 * A value goes in the bin whose edges (as stored) hold it, so counts agree with the edges shown.
 */
function histogramOf(sorted: Float64Array, bins: number): RiskHistogram {
  const lo = sorted[0] as number;
  const hi = sorted[sorted.length - 1] as number;
  if (!(hi > lo)) return Object.freeze({ edges: [lo, hi], counts: [sorted.length] });
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, k) => (k === bins ? hi : lo + k * width));
  const counts = new Array<number>(bins).fill(0);
  let k = 0;
  for (const x of sorted) {
    while (k < bins - 1 && x >= (edges[k + 1] as number)) k++;
    counts[k] = (counts[k] as number) + 1;
  }
  return Object.freeze({ edges: Object.freeze(edges), counts: Object.freeze(counts) });
}

/**
 * Summarises one output's draws: the projection's summary statistics over the defined draws,
 * the count of undefined (NaN) draws, the probability below zero, a histogram, and for a
 * `pliPaid[…]` output the share of draws in which the year pays.
 *
 * @param output - the output's name
 * @param draws - every draw (not changed)
 * @param bins - histogram bins (default {@link DEFAULT_HISTOGRAM_BINS})
 * @returns the output's summary
 *
 * @example
 * ```ts
 * summariseScenarioOutput('npv.withPli', Float64Array.of(-1, 2, 3, NaN)).probabilityBelowZero //=> 1 / 3
 * ```
 */
export function summariseScenarioOutput(
  output: string,
  draws: Float64Array,
  bins = DEFAULT_HISTOGRAM_BINS,
): SimulatedScenarioOutput {
  const defined = draws.filter((x) => !Number.isNaN(x));
  const sorted = Float64Array.from(defined).sort();
  let below = 0;
  while (below < sorted.length && (sorted[below] as number) < 0) below++;
  const n = defined.length;
  const paid = output.startsWith('pliPaid[')
    ? { paidShare: draws.reduce((a, x) => (x === 1 ? a + 1 : a), 0) / draws.length }
    : {};
  return Object.freeze({
    output,
    defined: n,
    undefinedDraws: draws.length - n,
    summary: n === 0 ? null : Object.freeze(summarise(defined)),
    probabilityBelowZero: n === 0 ? null : below / n,
    histogram: n === 0 ? null : histogramOf(sorted, bins),
    ...paid,
  });
}
