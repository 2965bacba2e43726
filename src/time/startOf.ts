import { firstOrdinal, lengthInMonths } from './_lib/build.js';
import type { Period } from './period.js';

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The first calendar date of a period.
 *
 * @param period - a month, quarter or fiscal year
 * @returns the date as `yyyy-MM-dd`
 *
 * @example
 * ```ts
 * startOf(parsePeriod('FY2021-22 Q2')) //=> '2021-07-01'
 * ```
 */
export function startOf(period: Period): string {
  const ordinal = firstOrdinal(period);
  return `${Math.floor(ordinal / 12)}-${pad2((ordinal % 12) + 1)}-01`;
}

/**
 * The last calendar date of a period (inclusive), with leap years.
 *
 * @param period - a month, quarter or fiscal year
 * @returns the date as `yyyy-MM-dd`
 *
 * @example
 * ```ts
 * endOf(parsePeriod('FY2021-22')) //=> '2022-03-31'
 * endOf(parsePeriod('2024-02')) //=> '2024-02-29'
 * ```
 */
export function endOf(period: Period): string {
  const last = firstOrdinal(period) + lengthInMonths(period) - 1;
  const year = Math.floor(last / 12);
  const month = (last % 12) + 1;
  // Day 0 of the next month is this month's last day; UTC keeps it zone-free.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad2(month)}-${pad2(days)}`;
}
