import { lengthInMonths, startMonthOf } from './_lib/build.js';
import type { Period } from './period.js';

/**
 * How many months a period spans: 1 for a month, 3 for a quarter, 12 for a fiscal year.
 *
 * @example
 * ```ts
 * periodMonths(parsePeriod('FY2021-22 Q2')) //=> 3
 * ```
 */
export function periodMonths(period: Period): 1 | 3 | 12 {
  return lengthInMonths(period);
}

/**
 * The month a period's fiscal year starts in, or undefined for a calendar month (which belongs to
 * no fiscal calendar).
 *
 * @example
 * ```ts
 * fiscalStartMonth(parsePeriod('FY2021-22 (Jul) Q1')) //=> 7
 * fiscalStartMonth(parsePeriod('2021-08')) //=> undefined
 * ```
 */
export function fiscalStartMonth(period: Period): number | undefined {
  return startMonthOf(period);
}
