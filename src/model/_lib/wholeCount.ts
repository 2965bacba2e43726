import type { Decimal } from '../../core/decimal.js';
import { decimalJsRounding } from '../../core/rounding.js';
import { groupDigits } from '../../money/_lib/groupDigits.js';

/**
 * A count (heads, units) for a sentence: rounded half-up to a whole number and grouped the Indian
 * way (`12,34,567`), as the target answers always printed it — what `toLocaleString('en-IN')`
 * gave, `-0` for a negative that rounds to zero included — but from the decimal's own digits:
 * exact at any size (a double would change digits past 2^53), and without ICU, whose first use in
 * a process loads its number-formatting data (~115 million instructions of a cold `crorecast
 * run`, more than its whole terminal report).
 *
 * @param value - the count, unrounded
 * @returns the whole number with Indian digit grouping
 *
 * @example
 * ```ts
 * wholeCount(new Decimal('1234567.4')) //=> '12,34,567'
 * wholeCount(new Decimal('-0.2')) //=> '-0'
 * ```
 */
export function wholeCount(value: Decimal): string {
  const rounded = value.toDecimalPlaces(0, decimalJsRounding('half-up'));
  const sign = rounded.isNegative() ? '-' : '';
  return `${sign}${groupDigits(rounded.abs().toFixed(0), 'indian')}`;
}
