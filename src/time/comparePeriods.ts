import { assertComparable, firstOrdinal } from './_lib/build.js';
import type { Period } from './period.js';

/**
 * Orders two periods of one kind and fiscal calendar by time, for `Array.prototype.sort`.
 *
 * @returns -1, 0 or 1
 * @throws {InvalidPeriodError} when the kinds or start months differ
 *
 * @example
 * ```ts
 * comparePeriods(parsePeriod('2021-08'), parsePeriod('2021-09')) //=> -1
 * ```
 */
export function comparePeriods(a: Period, b: Period): -1 | 0 | 1 {
  assertComparable(a, b, 'comparePeriods');
  const d = firstOrdinal(a) - firstOrdinal(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/**
 * Whether two periods are the same period (equal keys).
 *
 * @example
 * ```ts
 * isSamePeriod(parsePeriod('FY22'), parsePeriod('FY2021-22')) //=> true
 * ```
 */
export function isSamePeriod(a: Period, b: Period): boolean {
  return a.key === b.key;
}
