import { Decimal } from '../core/decimal.js';
import { type DecimalLike, isDecimal, toDecimal } from '../core/decimalLike.js';
import { ArgumentError, describe } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { ProjectionError } from './errors.js';

/** Options of {@link goalSeek}. */
export interface GoalSeekOptions<X extends number | Decimal> {
  /** One end of the bracket. */
  readonly low: X;
  /** The other end of the bracket. */
  readonly high: X;
  /** Stop when the bracket is narrower than this (default `1e-12 × max(1, |x|)`). */
  readonly tolerance?: number;
  /** Give up (with `NO_CONVERGENCE`) after this many evaluations (default 200). */
  readonly maxIterations?: number;
}

/** What {@link goalSeek} found. */
export interface GoalSeekResult<X extends number | Decimal, Y extends number | Decimal> {
  /** The input whose value is closest to the target (same type as `low`/`high`). */
  readonly input: X;
  /** f(input), as f returned it (an exact Decimal when f is exact). */
  readonly value: Y;
  /** value − target. */
  readonly error: Y;
  /** Evaluations of f used, including the two bracket ends. */
  readonly iterations: number;
}

/**
 * Finds the input x in [low, high] where a monotone (or at least continuous) function reaches a
 * target, like Excel's Goal Seek but with a guaranteed bracket: the Illinois variant of regula
 * falsi, which converges superlinearly yet never leaves the bracket.
 *
 * The search runs on float64 inputs (the solver is iterative; DESIGN allows that) and returns
 * f's own value at the answer, so an exact f reports an exact figure. Inputs are Decimals when
 * `low`/`high` are Decimals, numbers otherwise.
 *
 * @param f - the function of one input (returning a Decimal or a number)
 * @param target - the value f should reach
 * @param options - the bracket and the tolerance
 * @returns the input, f at it, and how far from the target it is
 * @throws {ProjectionError} `TARGET_NOT_BRACKETED` when f(low) and f(high) are on the same side
 *   of the target (the message shows both); `NO_CONVERGENCE` after `maxIterations`
 * @throws {ArgumentError} `INVALID_BRACKET` when low or high is not finite or low = high
 *
 * @example
 * ```ts
 * Math.abs(goalSeek((x) => x * x, 2, { low: 0, high: 2 }).input - Math.SQRT2) < 1e-12 //=> true
 * goalSeek((x) => x * x, 9, { low: 0, high: 2 })
 * // throws ProjectionError: target 9 is not between f(low) = 0 and f(high) = 4 (low 0, high 2)
 * ```
 */
export function goalSeek<Y extends number | Decimal>(
  f: (input: number) => Y,
  target: DecimalLike,
  options: GoalSeekOptions<number>,
): GoalSeekResult<number, Y>;
export function goalSeek<Y extends number | Decimal>(
  f: (input: Decimal) => Y,
  target: DecimalLike,
  options: GoalSeekOptions<Decimal>,
): GoalSeekResult<Decimal, Y>;
// Overloads rather than one generic signature: the input's type comes from the bracket, so an
// unannotated `(rate) => …` is typed (a number, or a Decimal when low/high are Decimals).
export function goalSeek<X extends number | Decimal, Y extends number | Decimal>(
  f: (input: X) => Y,
  target: DecimalLike,
  options: GoalSeekOptions<X>,
): GoalSeekResult<X, Y> {
  if (typeof f !== 'function') {
    throw new ArgumentError('INVALID_FUNCTION', `goalSeek: f ${describe(f)} must be a function`);
  }
  readOptions(options, 'goalSeek', ['low', 'high', 'tolerance', 'maxIterations']);
  if (options === undefined)
    throw new ArgumentError('INVALID_OPTIONS', 'goalSeek needs options { low, high }');
  const maxIterations = readMaxIterations(options.maxIterations);
  const fixedTolerance = readTolerance(options.tolerance);
  const asDecimal = isDecimal(options.low);
  const wrap = (x: number): X => (asDecimal ? toDecimal(x) : x) as X;
  const t = toDecimal(target, 'target');
  let a = Number(toDecimal(options.low, 'low').toNumber());
  let b = Number(toDecimal(options.high, 'high').toNumber());
  if (a === b) throw new ArgumentError('INVALID_BRACKET', `low and high are both ${a}`);
  let iterations = 0;
  const evaluate = (x: number) => {
    iterations++;
    const value = f(wrap(x));
    // The signed distance to the target, exact when f is exact, as a float for the next step.
    const diff = toDecimal(value, 'f(x)').minus(t);
    const d = diff.toNumber();
    return { x, value, diff: d, weight: d, sign: diff.isZero() ? 0 : diff.isNegative() ? -1 : 1 };
  };
  let fa = evaluate(a);
  if (fa.sign === 0) return result(fa);
  let fb = evaluate(b);
  if (fb.sign === 0) return result(fb);
  if (fa.sign === fb.sign) {
    throw new ProjectionError(
      'TARGET_NOT_BRACKETED',
      `target ${t.toString()} is not between f(low) = ${describeValue(fa.value)} and f(high) = ${describeValue(fb.value)} (low ${a}, high ${b})`,
    );
  }
  // How far f moves across the first bracket: a "root" whose value is still a sizeable part of
  // that away from the target is a jump (a step function), not a root.
  const spread = Math.max(Math.abs(fa.diff), Math.abs(fb.diff));
  let side = 0;
  for (;;) {
    const width = Math.abs(b - a);
    const best = Math.abs(fa.diff) <= Math.abs(fb.diff) ? fa : fb;
    const tolerance = fixedTolerance ?? 1e-12 * Math.max(1, Math.abs(best.x));
    if (width <= tolerance) {
      if (Math.abs(best.diff) > JUMP_FRACTION * spread) {
        throw new ProjectionError(
          'NO_ROOT',
          `goalSeek: f jumps across the target ${t.toString()} near ${best.x} (from ${describeValue(fa.value)} to ${describeValue(fb.value)}); no input gives the target`,
        );
      }
      return result(best);
    }
    if (iterations >= maxIterations) {
      throw new ProjectionError(
        'NO_CONVERGENCE',
        `goalSeek did not converge in ${maxIterations} evaluations (bracket ${a}…${b})`,
      );
    }
    // Illinois: the false-position point, halving the stale end's weight when one end repeats.
    let x = (a * fb.weight - b * fa.weight) / (fb.weight - fa.weight);
    if (!(x > Math.min(a, b) && x < Math.max(a, b))) x = (a + b) / 2;
    const fx = evaluate(x);
    if (fx.sign === 0) return result(fx);
    if (fx.sign === fb.sign) {
      b = x;
      fb = fx;
      if (side === -1) fa = { ...fa, weight: fa.weight / 2 };
      side = -1;
    } else {
      a = x;
      fa = fx;
      if (side === 1) fb = { ...fb, weight: fb.weight / 2 };
      side = 1;
    }
  }

  function result(point: { x: number; value: Y }): GoalSeekResult<X, Y> {
    const error = (
      typeof point.value === 'number' ? point.value - t.toNumber() : toDecimal(point.value).minus(t)
    ) as Y;
    return Object.freeze({ input: wrap(point.x), value: point.value, error, iterations });
  }
}

/** The fraction of f's spread over the bracket that a converged point may still miss by. */
const JUMP_FRACTION = 1e-4;

/** Most evaluations a caller may allow: each is a whole projection in practice. */
const MAX_ITERATIONS = 10_000;

function readMaxIterations(value: unknown): number {
  if (value === undefined) return 200;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 2 ||
    value > MAX_ITERATIONS
  ) {
    throw new ArgumentError(
      'INVALID_OPTIONS',
      `goalSeek: maxIterations ${describe(value)} must be a whole number from 2 to ${MAX_ITERATIONS}`,
    );
  }
  return value;
}

function readTolerance(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ArgumentError(
      'INVALID_OPTIONS',
      `goalSeek: tolerance ${describe(value)} must be a finite number greater than 0`,
    );
  }
  return value;
}

function describeValue(value: number | Decimal): string {
  return typeof value === 'number' ? String(value) : new Decimal(value).toString();
}
