import { firstOrdinal, lengthInMonths } from './_lib/build.js';
import { type CalendarDateInput, toCalendarDate } from './calendarDate.js';
import type { Period } from './period.js';

/**
 * Whether a calendar date falls within a period (first and last day included).
 *
 * @param period - a month, quarter or fiscal year
 * @param date - a `yyyy-MM-dd` string or a `Date` (read by its local calendar date)
 * @returns true when the date is in the period
 * @throws {InvalidDateError} when the date is invalid
 *
 * @example
 * ```ts
 * contains(parsePeriod('FY2021-22'), '2022-03-31') //=> true
 * contains(parsePeriod('FY2021-22'), '2022-04-01') //=> false
 * ```
 */
export function contains(period: Period, date: CalendarDateInput): boolean {
  const d = toCalendarDate(date);
  const ordinal = d.getFullYear() * 12 + d.getMonth();
  const first = firstOrdinal(period);
  return ordinal >= first && ordinal < first + lengthInMonths(period);
}
