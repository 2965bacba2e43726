import { type Calculator, decimalCalculator } from '../core/calculator.js';
import type { Decimal } from '../core/decimal.js';
import { ArgumentError } from '../core/errors.js';
import { shift } from '../time/next.js';
import type { Period } from '../time/period.js';
import { periodMonths } from '../time/periodMonths.js';
import type { GrowthCurve } from './growthCurve.js';

/** Options for {@link growthValues}. */
export interface GrowthValuesOptions<N> {
  /** Arithmetic backend: `decimalCalculator` (default, exact) or `float64Calculator` (fast). */
  readonly calculator?: Calculator<N>;
  /**
   * Months per period when `periods` is a count: 1 (months), 3 (quarters) or 12 (years, default).
   * Ignored when periods are given, whose kind decides.
   */
  readonly monthsPerPeriod?: 1 | 3 | 12;
  /** An array to write the values into (reused across calls to avoid allocation in simulations). */
  readonly into?: N[];
  /**
   * Where the times of the periods are kept: t = i·months/12 for period i, filled as needed and
   * read by later calls with the same calculator and months per period — a caller evaluating
   * many curves over the same periods (the projection's segments) divides once per period, not
   * once per period and curve. The same values either way.
   */
  readonly times?: N[];
  /**
   * Where an interpolated curve's fractions (t − x₀) / (x₁ − x₀) are kept, by the anchors' times
   * and the period: a caller evaluating many curves whose anchors fall at the same times (the
   * projection's segments launched together) divides once per period and span, not once per
   * period, span and curve. Read by later calls with the same calculator and `times`; the same
   * values either way (each is the same division of the same values).
   */
  readonly fractions?: Map<string, N[]>;
}

/**
 * Evaluates a growth curve at consecutive periods, written once for any {@link Calculator}: exact
 * with `decimalCalculator` (the default) or fast with `float64Calculator` for simulation.
 *
 * Period i sits at t = i·months/12 years from the start of period 0, so period 0 gives the curve's
 * value at t = 0 (`start` for linear and compound, `initial` or the first anchor for steps and
 * interpolation). Values are levels, not multipliers. A compound curve's yearly rate becomes
 * (1 + rate)^(1/12) a month and (1 + rate)^(1/4) a quarter. See `growthCurveSchema` for each
 * curve's formula.
 *
 * @param curve - a parsed curve (`growthCurve(data)` or `growthCurveSchema.parse`)
 * @param periods - consecutive periods of one kind, or a count of periods
 * @param options - `calculator`, `monthsPerPeriod` (for a count), `into`
 * @returns the values, index i for period i (the `into` array when given, its length set)
 * @throws {ArgumentError} `INVALID_PERIODS` when periods are not consecutive or the count is bad
 *
 * @example
 * ```ts
 * growthValues(growthCurve({ kind: 'compound', start: 100, rate: '0.1' }), 3).map(String) //=> ['100', '110', '121']
 * growthValues(growthCurve({ kind: 'compound', start: 100, rate: '0.1' }), 13, { monthsPerPeriod: 1, calculator: float64Calculator })[12] //=> 110.00000000000003
 * ```
 */
export function growthValues<N = Decimal>(
  curve: GrowthCurve,
  periods: number | readonly Period[],
  options?: GrowthValuesOptions<N>,
): N[] {
  const calc = (options?.calculator ?? decimalCalculator) as Calculator<N>;
  const count = typeof periods === 'number' ? periods : periods.length;
  if (!Number.isInteger(count) || count < 0) {
    throw new ArgumentError('INVALID_PERIODS', `period count ${count} is not an integer ≥ 0`);
  }
  const months =
    typeof periods === 'number' ? (options?.monthsPerPeriod ?? 12) : monthsOfRun(periods);
  const out = options?.into ?? [];
  out.length = count;
  const twelve = calc.from(12);
  const stepMonths = calc.from(months);
  // t for period i, exact in Decimal (i·months/12), cheap in float64; kept in `times` if given.
  const time = (i: number): N => calc.divide(calc.multiply(calc.from(i), stepMonths), twelve);
  const times = options?.times;
  const at =
    times === undefined
      ? time
      : (i: number): N => {
          let t = times[i];
          if (t === undefined) {
            t = time(i);
            times[i] = t;
          }
          return t;
        };

  switch (curve.kind) {
    case 'flat': {
      const value = calc.from(curve.value);
      for (let i = 0; i < count; i++) out[i] = value;
      return out;
    }
    case 'linear': {
      const start = calc.from(curve.start);
      const slope = calc.from(curve.slope);
      for (let i = 0; i < count; i++) out[i] = calc.add(start, calc.multiply(slope, at(i)));
      return out;
    }
    case 'compound': {
      const start = calc.from(curve.start);
      // One fractional power per call, then whole powers (fast and, for yearly periods, exact).
      const yearly = calc.add(calc.one, calc.from(curve.rate));
      const factor = months === 12 ? yearly : calc.power(yearly, calc.divide(stepMonths, twelve));
      for (let i = 0; i < count; i++) {
        out[i] = calc.multiply(start, calc.power(factor, calc.from(i)));
      }
      return out;
    }
    case 'sCurve': {
      const start = calc.from(curve.start);
      const span = calc.subtract(calc.from(curve.end), start);
      const mid = calc.from(curve.midpoint);
      const k = calc.negate(calc.from(curve.steepness));
      for (let i = 0; i < count; i++) {
        const e = calc.exp(calc.multiply(k, calc.subtract(at(i), mid)));
        out[i] = calc.add(start, calc.divide(span, calc.add(calc.one, e)));
      }
      return out;
    }
    case 'steps': {
      const ats = curve.steps.map((step) => calc.from(step.at));
      const levels = curve.steps.map((step) => calc.from(step.value));
      let level = calc.from(curve.initial);
      let next = 0; // t only grows, so each step is passed once
      for (let i = 0; i < count; i++) {
        const t = at(i);
        while (next < ats.length && calc.compare(t, ats[next] as N) >= 0) {
          level = levels[next] as N;
          next++;
        }
        out[i] = level;
      }
      return out;
    }
    case 'interpolate':
      return interpolate(curve, count, at, calc, out, options?.fractions, months);
  }
}

function interpolate<N>(
  curve: Extract<GrowthCurve, { kind: 'interpolate' }>,
  count: number,
  at: (i: number) => N,
  calc: Calculator<N>,
  out: N[],
  fractions: Map<string, N[]> | undefined,
  months: number,
): N[] {
  const xs = curve.anchors.map((a) => calc.from(a.at));
  const ys = curve.anchors.map((a) => calc.from(a.value));
  const last = xs.length - 1;
  const linear = curve.method === 'linear';
  let k = 0; // segment [xs[k], xs[k+1]] holding t; t only grows, so k only moves forward
  // The span of segment k and its rise (linear) or growth ratio, computed once per segment.
  let spanOf = -1;
  let span = calc.zero;
  let rise = calc.zero;
  let shared: N[] | undefined; // segment k's fractions by period, when kept
  // An anchor's time as exact text (a float64's shortest text names it alone).
  const text = (x: N): string => (typeof x === 'number' ? String(x) : String(calc.toDecimal(x)));
  // Once a period's t lay above the anchor behind it, every later t lies above the anchor then
  // behind it (t only grows; k moves only forward, past anchors t has reached): t is compared
  // with xs[k] only until then. Only a compare that answered 1 says so (never a NaN's).
  let beyond = false;
  for (let i = 0; i < count; i++) {
    const t = at(i);
    let r: number | undefined; // compare(t, xs[k]), when the walk has just made it
    while (k < last) {
      const next = calc.compare(t, xs[k + 1] as N);
      if (!(next >= 0)) break;
      k++;
      r = next;
    }
    const x0 = xs[k] as N;
    const y0 = ys[k] as N;
    if (k === last) {
      out[i] = y0; // after the last anchor: hold the value
      continue;
    }
    r ??= beyond ? 1 : calc.compare(t, x0);
    if (r === 1) beyond = true;
    if (r <= 0) {
      out[i] = y0; // before the first anchor or at an anchor: hold the value
      continue;
    }
    if (spanOf !== k) {
      const y1 = ys[k + 1] as N;
      span = calc.subtract(xs[k + 1] as N, x0);
      rise = linear ? calc.subtract(y1, y0) : calc.divide(y1, y0);
      spanOf = k;
      if (fractions !== undefined) {
        const key = `${months} ${text(x0)} ${text(xs[k + 1] as N)}`;
        shared = fractions.get(key);
        if (shared === undefined) {
          shared = [];
          fractions.set(key, shared);
        }
      }
    }
    let f = shared?.[i];
    if (f === undefined) {
      f = calc.divide(calc.subtract(t, x0), span);
      if (shared !== undefined) shared[i] = f;
    }
    out[i] = linear ? calc.add(y0, calc.multiply(rise, f)) : calc.multiply(y0, calc.power(rise, f));
  }
  return out;
}

function monthsOfRun(periods: readonly Period[]): 1 | 3 | 12 {
  const first = periods[0];
  if (first === undefined) return 12;
  periods.forEach((p, i) => {
    if (p.key !== shift(first, i).key) {
      throw new ArgumentError(
        'INVALID_PERIODS',
        `growth curves need consecutive periods of one kind: entry ${i} is ${p.key}, expected ${shift(first, i).key}`,
      );
    }
  });
  return periodMonths(first);
}
