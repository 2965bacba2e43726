import { Decimal } from './decimal.js';
import { InvalidAmountError } from './errors.js';

/** Anything crorecast accepts where it needs an exact number. */
export type DecimalLike = Decimal | string | number | bigint;

// Plain decimal notation with an optional exponent; no hex, no spaces, no grouping commas.
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Converts a decimal-like value to crorecast's Decimal, rejecting anything that is not a finite
 * number: NaN, ±Infinity, empty or non-numeric strings, hex (`'0x10'`) and padded strings throw
 * an `InvalidAmountError` naming the value, never produce NaN.
 *
 * Numbers are read by their shortest round-trip decimal form (`0.1` → `'0.1'`), as JavaScript
 * prints them, not by their binary expansion.
 *
 * @param value - the value to convert
 * @param what - what the value is, for the error message (`'amount'`, `'rate'`, `'weights[2]'`)
 * @returns the value as a Decimal
 * @throws {InvalidAmountError} when the value is not a finite decimal
 *
 * @example
 * ```ts
 * toDecimal('1350.50').toString() //=> '1350.5'
 * toDecimal(10n ** 30n).toFixed() //=> '1000000000000000000000000000000'
 * toDecimal('abc') // throws InvalidAmountError: amount "abc" is not a finite decimal number
 * ```
 */
export function toDecimal(value: DecimalLike, what = 'amount'): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidAmountError(value, what);
    return new Decimal(String(value));
  }
  if (typeof value === 'bigint') return new Decimal(value.toString());
  if (typeof value === 'string') {
    if (!DECIMAL_TEXT.test(value)) throw new InvalidAmountError(value, what);
    return new Decimal(value);
  }
  if (isDecimal(value)) {
    if (!value.isFinite()) throw new InvalidAmountError(value, what);
    return value instanceof Decimal ? value : new Decimal(value);
  }
  throw new InvalidAmountError(value, what);
}

/** True for a decimal.js instance from any clone (including the host app's own Decimal). */
export function isDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value);
}

/** True when `value` is something `toDecimal` accepts (without converting it). */
export function isDecimalLike(value: unknown): value is DecimalLike {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'bigint') return true;
  if (typeof value === 'string') return DECIMAL_TEXT.test(value);
  return isDecimal(value) && value.isFinite();
}
