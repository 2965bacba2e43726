import { buildFiscalYear, fiscalYearAt } from './_lib/build.js';
import { type CalendarDateInput, toCalendarDate } from './calendarDate.js';
import { type FiscalYearOptions, resolveStartMonth } from './fiscalYearStart.js';
import type { FiscalYear } from './period.js';

/** Options for {@link fiscalYear}. */
export type FiscalYearOfOptions = FiscalYearOptions;

/**
 * The fiscal year containing a date. With the default April start, dates from 1 April 2021 to
 * 31 March 2022 are in `FY2021-22`.
 *
 * Pass calendar dates as `yyyy-MM-dd` strings: `new Date('2022-04-01')` is midnight UTC, which
 * west of UTC is still 31 March locally, so it lands in FY2021-22 there (see `toCalendarDate`).
 *
 * @param date - a `yyyy-MM-dd` string or a `Date` (read by its local calendar date)
 * @param options - `startMonth` (1–12, default April)
 * @returns the frozen fiscal year
 * @throws {InvalidDateError} when the date is invalid
 * @throws {InvalidPeriodError} when `startMonth` is not 1–12
 *
 * @example
 * ```ts
 * fiscalYear('2022-03-31').key //=> 'FY2021-22'
 * fiscalYear('2022-04-01').key //=> 'FY2022-23'
 * fiscalYear('2022-04-01', { startMonth: 1 }).key //=> 'FY2022 (Jan)'
 * ```
 */
export function fiscalYear(date: CalendarDateInput, options?: FiscalYearOfOptions): FiscalYear {
  const startMonth = resolveStartMonth(options);
  const d = toCalendarDate(date);
  return fiscalYearAt(d.getFullYear() * 12 + d.getMonth(), startMonth);
}

/**
 * The fiscal year that starts in `startYear` (in its start month).
 *
 * @param startYear - calendar year of the fiscal year's first month
 * @param options - `startMonth` (1–12, default April)
 * @returns the frozen fiscal year
 * @throws {InvalidPeriodError} when the year or `startMonth` is out of range
 *
 * @example
 * ```ts
 * fiscalYearStarting(2021).key //=> 'FY2021-22'
 * fiscalYearStarting(2021, { startMonth: 7 }).key //=> 'FY2021-22 (Jul)'
 * ```
 */
export function fiscalYearStarting(startYear: number, options?: FiscalYearOfOptions): FiscalYear {
  return buildFiscalYear(startYear, resolveStartMonth(options));
}
