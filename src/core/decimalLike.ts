import { Decimal } from './decimal.js';
import { InvalidAmountError, NumberOutOfRangeError } from './errors.js';
import { NUMBER_LIMITS } from './limits.js';

/** Anything crorecast accepts where it needs an exact number. */
export type DecimalLike = Decimal | string | number | bigint;

// Plain decimal notation with an optional exponent; no hex, no spaces, no grouping commas.
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const EXPONENT = /e[+-]?(\d+)$/i;

const MAX = new Decimal(NUMBER_LIMITS.maxMagnitude);
const MIN = new Decimal(NUMBER_LIMITS.minMagnitude);
const MAX_COMPUTED = new Decimal(NUMBER_LIMITS.maxComputedMagnitude);
const MIN_COMPUTED = new Decimal(NUMBER_LIMITS.minComputedMagnitude);
const MAX_BIGINT = 10n ** 30n;
// Exponents (decimal.js's `e`: |x| = m × 10^e with 1 ≤ m < 10) strictly inside the computed range.
const MAX_COMPUTED_E = MAX_COMPUTED.e;
const MIN_COMPUTED_E = MIN_COMPUTED.e;
// The same for the input range, and the most words (7 digits each, the first 1–7) whose digits
// cannot exceed `maxSignificantDigits`.
const MAX_E = MAX.e;
const MIN_E = MIN.e;
const SETTLED_WORDS = Math.floor(NUMBER_LIMITS.maxSignificantDigits / 7);

/** Why a value is not accepted: not a number at all, or a number outside the range. */
type Problem = { readonly outOfRange: boolean; readonly reason?: string };

/**
 * Reads a decimal-like value into the private Decimal, or says why it cannot. The one place
 * crorecast's accepted number range (`NUMBER_LIMITS`) is enforced on inputs.
 */
function read(value: unknown): Decimal | Problem {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { outOfRange: false };
    return inputRange(new Decimal(String(value)));
  }
  if (typeof value === 'bigint') {
    if (value > MAX_BIGINT || value < -MAX_BIGINT) return tooLarge();
    return new Decimal(value.toString());
  }
  if (typeof value === 'string') {
    if (value.length > NUMBER_LIMITS.maxTextLength) {
      return {
        outOfRange: true,
        reason: `text longer than ${NUMBER_LIMITS.maxTextLength} characters`,
      };
    }
    if (!DECIMAL_TEXT.test(value)) return { outOfRange: false };
    const exponent = EXPONENT.exec(value)?.[1];
    if (exponent !== undefined && exponent.length > NUMBER_LIMITS.maxExponentDigits) {
      return {
        outOfRange: true,
        reason: `an exponent of more than ${NUMBER_LIMITS.maxExponentDigits} digits`,
      };
    }
    return inputRange(new Decimal(value));
  }
  if (Decimal.isDecimal(value)) {
    if (!value.isFinite()) return { outOfRange: false };
    return computedRange(value instanceof Decimal ? value : new Decimal(value));
  }
  return { outOfRange: false };
}

function inputRange(d: Decimal): Decimal | Problem {
  // Most inputs are settled by their exponent and length alone: two integer comparisons instead
  // of an abs() and two Decimal comparisons (a scenario's parse checks ~1,500 numbers). The
  // boundaries themselves (10^30, 10^-40, long values) take the full checks below.
  const words = d.d;
  if (words !== null && d.e < MAX_E && d.e > MIN_E && words.length <= SETTLED_WORDS) return d;
  if (d.isZero()) return d;
  const abs = d.abs();
  if (abs.greaterThan(MAX)) return tooLarge();
  if (abs.lessThan(MIN)) {
    return { outOfRange: true, reason: `non-zero magnitude below ${NUMBER_LIMITS.minMagnitude}` };
  }
  if (d.precision() > NUMBER_LIMITS.maxSignificantDigits) {
    return {
      outOfRange: true,
      reason: `more than ${NUMBER_LIMITS.maxSignificantDigits} significant digits`,
    };
  }
  return d;
}

function computedRange(d: Decimal): Decimal | Problem {
  if (isComputedInRange(d)) return d;
  if (d.isZero()) return d;
  const abs = d.abs();
  if (abs.greaterThan(MAX_COMPUTED)) {
    return {
      outOfRange: true,
      reason: `magnitude above ${NUMBER_LIMITS.maxComputedMagnitude} (a computed value)`,
    };
  }
  if (abs.lessThan(MIN_COMPUTED)) {
    return {
      outOfRange: true,
      reason: `non-zero magnitude below ${NUMBER_LIMITS.minComputedMagnitude} (a computed value)`,
    };
  }
  return d;
}

/**
 * True when `d` is a finite decimal.js value (of any clone) whose exponent alone shows it lies
 * inside the computed range (`NUMBER_LIMITS.maxComputedMagnitude` and `minComputedMagnitude`):
 * a comparison of two integers instead of two Decimal comparisons and an `abs()`, for results
 * crorecast builds from values already checked (a sum, a product). False means "not shown by
 * the exponent", not "out of range": the caller then runs the full check, which alone decides
 * at the exact boundaries (10^36 itself is accepted) and names the problem.
 *
 * @example
 * ```ts
 * isComputedInRange(new Decimal('13500000000.55')) //=> true
 * isComputedInRange(new Decimal('1e36')) //=> false
 * isComputedInRange(new Decimal(0)) //=> true
 * ```
 */
export function isComputedInRange(d: unknown): boolean {
  if (!(d instanceof Decimal)) return false;
  // Read once: a shared constant's digits are a fresh copy on every read.
  const words = d.d;
  if (words === null) return false;
  if (words[0] === 0) return true;
  return d.e < MAX_COMPUTED_E && d.e > MIN_COMPUTED_E;
}

function tooLarge(): Problem {
  return { outOfRange: true, reason: `magnitude above ${NUMBER_LIMITS.maxMagnitude}` };
}

/**
 * Converts a decimal-like value to crorecast's Decimal, rejecting anything that is not a finite
 * number inside crorecast's accepted range (`NUMBER_LIMITS`, README "Limits"): NaN, ±Infinity,
 * empty or non-numeric strings, hex (`'0x10'`) and padded strings throw an `InvalidAmountError`
 * naming the value; `'1e100000'`, `'1e31'`, `'1e-41'` or 41 significant digits throw its
 * subclass `NumberOutOfRangeError` (code `OUT_OF_RANGE`). Never NaN, Infinity or a silent zero.
 *
 * Text, numbers and bigints must lie within ±10^30; Decimal values (as crorecast computes them)
 * within ±10^36.
 *
 * Numbers are read by their shortest round-trip decimal form (`0.1` → `'0.1'`), as JavaScript
 * prints them, not by their binary expansion.
 *
 * @param value - the value to convert
 * @param what - what the value is, for the error message (`'amount'`, `'rate'`, `'weights[2]'`)
 * @returns the value as a Decimal
 * @throws {InvalidAmountError} when the value is not a finite decimal
 * @throws {NumberOutOfRangeError} when it is outside the accepted range
 *
 * @example
 * ```ts
 * toDecimal('1350.50').toString() //=> '1350.5'
 * toDecimal(10n ** 30n).toFixed() //=> '1000000000000000000000000000000'
 * toDecimal('abc') // throws InvalidAmountError: amount "abc" is not a finite decimal number
 * toDecimal('1e9999999999999999') // throws NumberOutOfRangeError (code OUT_OF_RANGE)
 * ```
 */
export function toDecimal(value: DecimalLike, what = 'amount'): Decimal {
  // A Decimal crorecast computed (a rate, a factor) is settled by its exponent alone.
  if (isComputedInRange(value)) return value as Decimal;
  const result = read(value);
  if (Decimal.isDecimal(result)) return result;
  if (result.outOfRange) throw new NumberOutOfRangeError(value, what, result.reason ?? '');
  throw new InvalidAmountError(value, what);
}

/**
 * Why `value` would not be accepted by `toDecimal`, as a message (`undefined` when it would be):
 * for schemas that report a problem as an issue instead of throwing.
 *
 * @example
 * ```ts
 * decimalProblem('1e100000') //=> 'is outside crorecast\'s accepted range: an exponent of more than 3 digits'
 * decimalProblem('12') //=> undefined
 * ```
 */
export function decimalProblem(value: unknown): string | undefined {
  const result = read(value);
  if (Decimal.isDecimal(result)) return undefined;
  return result.outOfRange
    ? `is outside crorecast's accepted range: ${result.reason}`
    : 'is not a finite decimal number';
}

/**
 * Checks that a Decimal crorecast derived from an input (an amount given in crore, lakh or
 * billions and scaled to rupees or dollars) lies in the input range: 10^30 is a limit on the
 * amount in its currency's base unit, whatever unit the text used.
 *
 * @param value - the scaled amount
 * @param what - what it is, for the error message
 * @returns `value`
 * @throws {NumberOutOfRangeError} when it is outside the input range
 *
 * @example
 * ```ts
 * assertInputRange(new Decimal('1e25'), 'amount').toFixed() //=> '10000000000000000000000000'
 * assertInputRange(new Decimal('1e37'), 'amount') // throws NumberOutOfRangeError
 * ```
 */
export function assertInputRange(value: Decimal, what: string): Decimal {
  const result = inputRange(value);
  if (Decimal.isDecimal(result)) return result;
  throw new NumberOutOfRangeError(value, what, result.reason ?? '');
}

/** True for a decimal.js instance from any clone (including the host app's own Decimal). */
export function isDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value);
}

/**
 * True when `value` is something `toDecimal` accepts (a finite decimal inside the accepted range;
 * never Infinity or NaN).
 *
 * @example
 * ```ts
 * isDecimalLike('12.5') //=> true
 * isDecimalLike('1e9999999999999999') //=> false
 * ```
 */
export function isDecimalLike(value: unknown): value is DecimalLike {
  return Decimal.isDecimal(read(value));
}
