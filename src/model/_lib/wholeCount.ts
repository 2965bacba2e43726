import type { Decimal } from '../../core/decimal.js';
import { groupDigits } from '../../money/_lib/groupDigits.js';

/**
 * A count (heads, units) for a sentence: rounded to a whole number and grouped the Indian way,
 * exactly as `toLocaleString('en-IN')` prints that number (`12,34,567`; `-0` for a negative that
 * rounds to zero) — without ICU. A process's first `toLocaleString('en-IN')` loads ICU's
 * number-formatting data: ~115 million instructions of a cold `crorecast run`, more than its
 * whole terminal report, for a handful of counts in the target answers. Past 2^53, where a
 * double's digits are ICU's to choose, ICU still prints it.
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
  const n = value.toDecimalPlaces(0).toNumber();
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-IN');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${groupDigits(String(Math.abs(n)), 'indian')}`;
}
