import { Decimal } from '../../core/decimal.js';
import { deepFreeze } from '../../core/freeze.js';
import { NoSolutionError } from '../errors.js';
import { brent } from './brent.js';
import { finishLogRate, RATE_SIGNIFICANT_DIGITS, rateFromLog } from './rates.js';

/** What the rate solver needs to know about an equation F(rate) = 0. */
export interface RateEquation {
  /**
   * A continuous float64 function of t = ln(1 + rate), finite everywhere in the search range,
   * with the sign and roots of F(e^t − 1). Working in t maps rates just above −100% and very
   * large rates to ordinary, evenly resolved numbers.
   */
  readonly ofLogRate: (t: number) => number;
  /** F at the rate e^t − 1, in Decimal, with a scale (Σ|terms|) to judge the residual against. */
  readonly exact: (t: Decimal) => { value: Decimal; scale: Decimal };
  /**
   * Optionally, the sign `ofLogRate(t)` certainly has, found more cheaply than the value — or
   * undefined where it is not certain. The scan for roots asks it first and evaluates
   * `ofLogRate` only where it answers undefined, or at the two ends of a sign change.
   */
  readonly certainSign?: (t: number) => -1 | 1 | undefined;
  /**
   * Optionally, the sign `ofLogRate` certainly has at every t in [tLo, tHi] — or undefined where
   * it is not certain of one. The scan settles whole runs of grid points with it, and probes
   * (`certainSign`, then `ofLogRate`) only the points of runs it leaves.
   */
  readonly certainSignOn?: (tLo: number, tHi: number) => -1 | 1 | undefined;
  /**
   * Optionally, the polished rate computed faster and certified (1 + rate correctly rounded to
   * {@link RATE_SIGNIFICANT_DIGITS}) from the float64 bracket [tLo, tHi] — or undefined where it
   * cannot be certified; the Decimal polish then runs as without it.
   */
  readonly certifiedRoot?: (tLo: number, tHi: number) => Decimal | undefined;
  /** True when F is known to have exactly one root (one sign change): the scan is skipped. */
  readonly unique: boolean;
  /** The largest t searched (default 700, rates up to about 10^304). */
  readonly maxLogRate?: number;
  /** For error messages: `irr: cash flows [...]`. */
  readonly describe: string;
}

/**
 * The smallest t searched: rates from −100% + 10^−36 upward. Closer to −100% a rate no longer
 * fits crorecast's 40-digit Decimal (it would round to −1).
 */
export const MIN_LOG_RATE = -82;
const DEFAULT_MAX_LOG_RATE = 700;

/**
 * The relative residual a returned root must meet: |F(rate)| ≤ 1e-10 × Σ|terms|. The float64
 * stage alone reaches about 1e-15; the Decimal polish takes it to around 1e-35.
 */
export const ROOT_TOLERANCE = deepFreeze(new Decimal('1e-10'));

/**
 * The grid's points up to t = 46, the same for every scan: built once, at load, as float64 sums
 * in turn (each band's points are its start plus the step, again and again — the very doubles
 * the scan has always used). Private and never written after: a constant table, not a memo.
 */
const BANDS = ((): Float64Array => {
  // Dense where practical rates live (−92% … +1,100%), coarser beyond.
  const points: number[] = [MIN_LOG_RATE, -70, -60, -50];
  for (let t = -46; t < -10; t += 0.25) points.push(t);
  for (let t = -10; t < -2.5; t += 0.02) points.push(t);
  for (let t = -2.5; t < 2.5; t += 0.002) points.push(t);
  for (let t = 2.5; t < 10; t += 0.02) points.push(t);
  for (let t = 10; t <= 46; t += 0.25) points.push(t);
  return Float64Array.from(points);
})();

/** The scan's grid: {@link BANDS}, then ×1.5 from 50 up to `max`, and `max` itself. */
function gridUpTo(max: number): Float64Array {
  let beyond = 0;
  for (let t = 50; t < max; t *= 1.5) beyond++;
  const grid = new Float64Array(BANDS.length + beyond + 1);
  grid.set(BANDS);
  let i = BANDS.length;
  for (let t = 50; t < max; t *= 1.5) grid[i++] = t;
  grid[i] = max;
  return grid;
}

/**
 * Every root found by scanning a grid of t for sign changes (and exact zeros), ascending, each
 * polished in Decimal. Roots where F touches zero without crossing it (even multiplicity) are
 * found only if a grid point lands on them; two roots closer than the grid spacing (0.2% in
 * 1 + rate, in the −92% … +1,100% band) cancel out and are missed.
 */
export function solveAllRates(equation: RateEquation): Decimal[] {
  const f = equation.ofLogRate;
  const grid = gridUpTo(equation.maxLogRate ?? DEFAULT_MAX_LOG_RATE);
  const roots: Decimal[] = [];
  // Each grid point's sign (0 for an exact zero, and a negative for anything not above zero, as
  // `value > 0` reads it), with its value when it was evaluated. Where `certainSign` answers, the
  // value would have had that sign and been non-zero, so the scan takes the very same decisions;
  // the two ends of a sign change are always evaluated, so Brent starts from the very same values.
  const certainSign = equation.certainSign ?? (() => undefined);
  const settled = settledSigns(grid, equation.certainSignOn);
  let sign = 0;
  let value: number | undefined;
  const probe = (i: number, t: number): void => {
    const known = settled[i] === 0 ? certainSign(t) : settled[i];
    if (known === undefined) {
      value = f(t);
      sign = value > 0 ? 1 : value === 0 ? 0 : -1;
    } else {
      value = undefined;
      sign = known;
    }
  };
  let previousT = grid[0] ?? MIN_LOG_RATE;
  probe(0, previousT);
  if (sign === 0) roots.push(polish(equation, previousT, previousT));
  for (let i = 1; i < grid.length; i++) {
    const t = grid[i] ?? 0;
    // Inside a settled run: the same sign again, nothing to do.
    if (settled[i] === sign && sign !== 0) {
      value = undefined;
      previousT = t;
      continue;
    }
    const previousSign = sign;
    const previousValue = value;
    probe(i, t);
    if (sign === 0) roots.push(polish(equation, t, t));
    else if (previousSign !== 0 && sign !== previousSign) {
      const previousF = previousValue ?? f(previousT);
      const currentF = value ?? f(t);
      const { lo, hi } = brent(f, previousT, t, previousF, currentF);
      roots.push(polish(equation, lo, hi));
    }
    previousT = t;
  }
  return roots;
}

/** Runs of fewer grid points are probed point by point rather than tested as a whole. */
const SMALLEST_SETTLED_RUN = 8;

/**
 * Each grid point's sign where `certainSignOn` settles it (0 where it does not): the whole grid
 * first, then the halves of a run it leaves, down to runs of {@link SMALLEST_SETTLED_RUN}. Far
 * from the roots a few tests settle thousands of points; near one, the halving narrows in on it.
 */
function settledSigns(grid: Float64Array, certainSignOn: RateEquation['certainSignOn']): Int8Array {
  const settled = new Int8Array(grid.length);
  if (certainSignOn === undefined) return settled;
  const settle = (lo: number, hi: number): void => {
    if (hi - lo + 1 < SMALLEST_SETTLED_RUN) return;
    const sign = certainSignOn(grid[lo] ?? 0, grid[hi] ?? 0);
    if (sign !== undefined) {
      settled.fill(sign, lo, hi + 1);
      return;
    }
    const mid = (lo + hi) >> 1;
    settle(lo, mid);
    settle(mid + 1, hi);
  };
  settle(0, grid.length - 1);
  return settled;
}

/**
 * One root of F. With a unique root the bracket around `guess` is widened geometrically until
 * it straddles the root, then Brent's method narrows it; otherwise all roots are scanned for and
 * the one nearest `guess` wins (ties: the lower).
 *
 * @throws {NoSolutionError} `no-root-found` when F has no root in the searched range
 */
export function solveRate(equation: RateEquation, guess: Decimal): Decimal {
  if (!equation.unique) {
    const roots = solveAllRates(equation);
    let best: Decimal | undefined;
    for (const root of roots) {
      if (best === undefined || root.minus(guess).abs().lessThan(best.minus(guess).abs())) {
        best = root;
      }
    }
    if (best === undefined) {
      throw new NoSolutionError(
        'no-root-found',
        `${equation.describe} change sign more than once, but their NPV does not cross zero at any rate above -100%`,
      );
    }
    return best;
  }
  const f = equation.ofLogRate;
  const max = equation.maxLogRate ?? DEFAULT_MAX_LOG_RATE;
  const t0 = Math.min(Math.max(Math.log1p(guess.toNumber()), MIN_LOG_RATE), max);
  let step = 0.1;
  let lo = Math.max(t0 - step, MIN_LOG_RATE);
  let hi = Math.min(t0 + step, max);
  let fLo = f(lo);
  let fHi = f(hi);
  // At most ~20 doublings reach the ends of the range.
  while (fLo !== 0 && fHi !== 0 && fLo > 0 === fHi > 0) {
    if (lo <= MIN_LOG_RATE && hi >= max) {
      throw new NoSolutionError(
        'out-of-range',
        `${equation.describe}: the rate that makes their NPV zero lies outside the representable range (within 1e-36 of -100%, or above e^${max})`,
      );
    }
    step *= 2;
    lo = Math.max(t0 - step, MIN_LOG_RATE);
    hi = Math.min(t0 + step, max);
    fLo = f(lo);
    fHi = f(hi);
  }
  const bracket = brent(f, lo, hi, fLo, fHi);
  return polish(equation, bracket.lo, bracket.hi);
}

/**
 * Refines a float64 bracket [tLo, tHi] of t = ln(1 + rate) in Decimal with secant steps (each
 * step roughly doubles the correct digits), never leaving a slightly widened bracket, then
 * verifies the residual against {@link ROOT_TOLERANCE}.
 */
function polish(equation: RateEquation, tLo: number, tHi: number): Decimal {
  // A grid point where the float64 F is exactly zero is kept as it is (no secant runs there), so
  // only a true bracket goes to the certified kernel.
  if (tLo !== tHi) {
    const certified = equation.certifiedRoot?.(tLo, tHi);
    if (certified !== undefined) return certified;
  }
  const lo = new Decimal(String(tLo));
  const hi = new Decimal(String(tHi));
  const width = hi.minus(lo).plus(hi.abs().plus(1).times('1e-12'));
  const min = lo.minus(width);
  const max = hi.plus(width);
  let x0 = lo;
  let f0 = equation.exact(x0);
  let best = { t: x0, residual: f0.value.abs(), scale: f0.scale };
  const consider = (t: Decimal, value: { value: Decimal; scale: Decimal }) => {
    if (value.value.abs().lessThan(best.residual)) {
      best = { t, residual: value.value.abs(), scale: value.scale };
    }
  };
  if (!hi.equals(lo)) {
    let x1 = hi;
    let f1 = equation.exact(x1);
    consider(x1, f1);
    for (let i = 0; i < 8 && !f1.value.isZero(); i++) {
      const slope = f1.value.minus(f0.value);
      if (slope.isZero()) break;
      const next = x1.minus(f1.value.times(x1.minus(x0)).dividedBy(slope));
      if (next.lessThan(min) || next.greaterThan(max)) break;
      x0 = x1;
      f0 = f1;
      x1 = next;
      f1 = equation.exact(x1);
      consider(x1, f1);
      if (x1.minus(x0).abs().lessThanOrEqualTo(x1.abs().plus(1).times('1e-38'))) break;
    }
  }
  if (best.residual.greaterThan(best.scale.times(ROOT_TOLERANCE))) {
    throw new NoSolutionError(
      'no-root-found',
      `${equation.describe}: the rate ${rateFromLog(best.t).toSignificantDigits(15).toString()} leaves a residual ${best.residual.toSignificantDigits(3).toString()}, above the tolerance`,
    );
  }
  return finishLogRate(best.t);
}
