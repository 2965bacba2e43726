import { Decimal } from './decimal.js';
import { decimalQuotient, decimalSum, decimalTimes } from './decimalArithmetic.js';
import { type DecimalLike, toDecimal } from './decimalLike.js';
import { ArgumentError } from './errors.js';
import { deepFreeze } from './freeze.js';

/**
 * The arithmetic that crorecast's projection equations are written against, so that one set of
 * equations runs exact (Decimal, for every reported figure) or fast (float64, for simulation and
 * sweeps) — in the spirit of dinero.js's calculator. Keep it small: every method here must be
 * implemented twice and kept in agreement.
 *
 * Division by zero and logs of non-positive numbers throw in both implementations, so the two
 * backends fail alike instead of one returning Infinity or NaN.
 */
export interface Calculator<N> {
  readonly kind: 'decimal' | 'float64';
  readonly zero: N;
  readonly one: N;
  /** Converts an exact input (a validated Decimal, string, number or bigint). */
  from(value: DecimalLike): N;
  /** Converts back to an exact Decimal (exact for the Decimal backend, the float's value otherwise). */
  toDecimal(value: N): Decimal;
  /** Converts to a float64 (for statistics over simulation draws). */
  toNumber(value: N): number;
  /** a + b. */
  add(a: N, b: N): N;
  /** a − b. */
  subtract(a: N, b: N): N;
  /** a × b. */
  multiply(a: N, b: N): N;
  /** dividend ÷ divisor; throws `DIVISION_BY_ZERO` for a zero divisor. */
  divide(dividend: N, divisor: N): N;
  /** −a. */
  negate(a: N): N;
  /** base raised to exponent. */
  power(base: N, exponent: N): N;
  /** e raised to a. */
  exp(a: N): N;
  /** The natural logarithm; throws `LOG_OF_NON_POSITIVE` for a ≤ 0. */
  ln(a: N): N;
  /** The smaller of a and b. */
  min(a: N, b: N): N;
  /** The larger of a and b. */
  max(a: N, b: N): N;
  /** −1, 0 or 1 as a is below, equal to or above b. */
  compare(a: N, b: N): -1 | 0 | 1;
  /** Whether a is zero. */
  isZero(a: N): boolean;
  /** Rounds down to a whole number (units, heads). */
  floor(a: N): N;
  /** Rounds up to a whole number (workers needed, shifts). */
  ceil(a: N): N;
}

/** decimal.js's `isZero`, read from the digits without a method call. */
function isZeroDecimal(a: Decimal): boolean {
  const d = (a as unknown as { d: readonly number[] | null }).d;
  return d !== null && d[0] === 0;
}

/**
 * a.cmp(b), settled by the signs alone when they differ (a zero below any positive value, above
 * any negative one) — the projection's max(0, demand) and its hiring floor compare with zero
 * every month. Both finite; anything else (NaN, infinities) and equal signs go to decimal.js.
 */
function compareDecimal(a: Decimal, b: Decimal): number {
  const x = a as unknown as { s: number; d: readonly number[] | null };
  const y = b as unknown as { s: number; d: readonly number[] | null };
  if (x.d !== null && y.d !== null) {
    const sx = x.d[0] === 0 ? 0 : x.s;
    const sy = y.d[0] === 0 ? 0 : y.s;
    if (sx !== sy) return sx > sy ? 1 : -1;
  }
  return a.cmp(b);
}

function divisionByZero(): never {
  throw new ArgumentError('DIVISION_BY_ZERO', 'division by zero');
}

function logOfNonPositive(value: unknown): never {
  throw new ArgumentError('LOG_OF_NON_POSITIVE', `logarithm of non-positive value ${value}`);
}

/**
 * The exact backend: crorecast's private Decimal (40 significant digits, half-up).
 *
 * @example
 * ```ts
 * decimalCalculator.add(decimalCalculator.from('0.1'), decimalCalculator.from('0.2')).toString() //=> '0.3'
 * ```
 */
export const decimalCalculator: Calculator<Decimal> = deepFreeze({
  kind: 'decimal',
  zero: new Decimal(0),
  one: new Decimal(1),
  // A whole number a projection counts with (months, shifts) is exact and in range as it is.
  from: (value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)
      ? new Decimal(value)
      : toDecimal(value),
  toDecimal: (value) => value,
  toNumber: (value) => value.toNumber(),
  // decimal.js directly: see decimalArithmetic.ts for why not the exact kernels here.
  add: (a, b) => decimalSum(a, b, 1),
  subtract: (a, b) => decimalSum(a, b, -1),
  multiply: (a, b) => decimalTimes(a, b),
  divide: (a, b) => (isZeroDecimal(b) ? divisionByZero() : decimalQuotient(a, b)),
  negate: (a) => a.negated(),
  power: (a, b) => (b.isInteger() ? a.toPower(b) : Decimal.pow(a, b)),
  exp: (a) => Decimal.exp(a),
  ln: (a) => (a.isPositive() && !a.isZero() ? Decimal.ln(a) : logOfNonPositive(a)),
  // decimal.js's lessThanOrEqualTo and greaterThanOrEqualTo are its `cmp` and a test of the
  // result (NaN, for a NaN operand, passes neither): the same test here, one call fewer.
  min: (a, b) => {
    const k = compareDecimal(a, b);
    return k === -1 || k === 0 ? a : b;
  },
  max: (a, b) => {
    const k = compareDecimal(a, b);
    return k === 1 || k === 0 ? a : b;
  },
  compare: (a, b) => compareDecimal(a, b) as -1 | 0 | 1,
  isZero: (a) => isZeroDecimal(a),
  floor: (a) => a.floor(),
  ceil: (a) => a.ceil(),
});

/**
 * The fast backend: IEEE-754 float64. For simulations and sensitivity sweeps, whose results are
 * statistics, never for reported money.
 *
 * @example
 * ```ts
 * float64Calculator.multiply(float64Calculator.from('1.5'), 2) //=> 3
 * ```
 */
export const float64Calculator: Calculator<number> = deepFreeze({
  kind: 'float64',
  zero: 0,
  one: 1,
  from: (value) =>
    typeof value === 'number' ? toNumberChecked(value) : toDecimal(value).toNumber(),
  toDecimal: (value) => toDecimal(value, 'float64 result'),
  toNumber: (value) => value,
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => (b === 0 ? divisionByZero() : a / b),
  negate: (a) => -a,
  power: (a, b) => a ** b,
  exp: (a) => Math.exp(a),
  ln: (a) => (a > 0 ? Math.log(a) : logOfNonPositive(a)),
  min: (a, b) => Math.min(a, b),
  max: (a, b) => Math.max(a, b),
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  isZero: (a) => a === 0,
  floor: (a) => Math.floor(a),
  ceil: (a) => Math.ceil(a),
});

function toNumberChecked(value: number): number {
  // Reuse toDecimal's validation so NaN/Infinity fail the same way in both backends.
  if (!Number.isFinite(value)) toDecimal(value);
  return value;
}
