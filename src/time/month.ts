import { buildMonth } from './_lib/build.js';
import { type CalendarDateInput, toCalendarDate } from './calendarDate.js';
import type { MonthPeriod } from './period.js';

/**
 * The calendar month `month` of `year`.
 *
 * @param year - four-digit year
 * @param month - 1 = January … 12 = December
 * @returns the frozen month period
 * @throws {InvalidPeriodError} when the year or month is out of range
 *
 * @example
 * ```ts
 * month(2021, 8).key //=> '2021-08'
 * ```
 */
export function month(year: number, month: number): MonthPeriod {
  return buildMonth(year, month);
}

/**
 * The calendar month containing a date.
 *
 * @param date - a `yyyy-MM-dd` string or a `Date` (read by its local calendar date)
 * @returns the month period
 * @throws {InvalidDateError} when the date is invalid
 *
 * @example
 * ```ts
 * monthOf('2021-08-24').key //=> '2021-08'
 * ```
 */
export function monthOf(date: CalendarDateInput): MonthPeriod {
  const d = toCalendarDate(date);
  return buildMonth(d.getFullYear(), d.getMonth() + 1);
}
